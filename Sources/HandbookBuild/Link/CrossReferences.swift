import HandbookModel

/// What the link stage learned about how pages, sources and glossary terms refer to each other.
public struct CrossReferences: Sendable {
    /// Each page's sources, numbered in first-cited order.
    public var citations: [SitePath: CitationNumbering] = [:]
    /// For each source, the pages that cite it.
    public var citedBy: [CitationKey: Set<SitePath>] = [:]
    /// For each glossary term (by slug), the pages that link to it.
    public var mentions: [String: Set<SitePath>] = [:]
    /// Link destinations written in Markdown that could not be resolved (already reported), so
    /// the check of rendered pages does not report them again.
    public var unresolvedDestinations: Set<String> = []

    public init() {}

    /// Adds what linking one page found.
    mutating func add(_ outcome: PageLinkOutcome) {
        let source = outcome.source
        for slug in outcome.linkedTerms { mentions[slug, default: []].insert(source) }
        for key in outcome.numbering.citedKeys { citedBy[key, default: []].insert(source) }
        citations[source] = outcome.numbering
    }

    /// Takes away what `add` added for one page, as if it had never been added.
    mutating func remove(_ outcome: PageLinkOutcome) {
        let source = outcome.source
        for slug in outcome.linkedTerms {
            mentions[slug]?.remove(source)
            if mentions[slug]?.isEmpty == true { mentions[slug] = nil }
        }
        for key in outcome.numbering.citedKeys {
            citedBy[key]?.remove(source)
            if citedBy[key]?.isEmpty == true { citedBy[key] = nil }
        }
        citations[source] = nil
    }
}

/// The pages the build gives generated content: the glossary's term list and the source list.
public enum GeneratedPages {
    public static let glossary: SitePath = "glossary/index.md"
    public static let sources: SitePath = "sources.md"
    public static let home: SitePath = "index.md"
}
