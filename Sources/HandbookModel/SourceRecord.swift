/// The name a source is cited by: its file name in `seeds/`, such as `helpguide-2018`.
public struct CitationKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: CitationKey, rhs: CitationKey) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One source the guidance rests on, as its record in `seeds/` describes it.
public struct SourceRecord: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case article, guide, leaflet, book, paper
        case webPage = "web page"
    }

    public var key: CitationKey
    public var title: String
    /// People, as the document names them.
    public var authors: [String]
    public var organisation: String?
    public var published: PublicationDate?
    public var updated: PublicationDate?
    public var publisher: String?
    public var url: String?
    /// A DOI such as `10.1080/17571472.2015.1133012`.
    public var doi: String?
    public var kind: Kind
    /// Works this source cites, by key.
    public var cites: [CitationKey]
    /// The editors' own notes on the source, as Markdown.
    public var notes: String
    public var location: SourceLocation

    public init(key: CitationKey, title: String, authors: [String] = [], organisation: String? = nil,
                published: PublicationDate? = nil, updated: PublicationDate? = nil, publisher: String? = nil,
                url: String? = nil, doi: String? = nil, kind: Kind, cites: [CitationKey] = [], notes: String = "",
                location: SourceLocation) {
        self.key = key
        self.title = title
        self.authors = authors
        self.organisation = organisation
        self.published = published
        self.updated = updated
        self.publisher = publisher
        self.url = url
        self.doi = doi
        self.kind = kind
        self.cites = cites
        self.notes = notes
        self.location = location
    }
}

/// A year, or a full date, as a source gives it.
public struct PublicationDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    /// Set when the source gives a full date.
    public var day: ReviewDate?

    /// Accepts `2016` or `2016-05-01`.
    public init?(_ text: String) {
        if let day = ReviewDate(text) {
            self.year = day.year
            self.day = day
        } else if text.count == 4, let year = Int(text), year > 0 {
            self.year = year
            self.day = nil
        } else {
            return nil
        }
    }

    public var description: String { day?.description ?? String(year) }
}
