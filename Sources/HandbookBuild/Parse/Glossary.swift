import HandbookMarkdown
import HandbookModel

/// The glossary's terms, each with its parsed definition.
public struct Glossary: @unchecked Sendable {
    public struct Entry {
        public var term: GlossaryTerm
        /// The definition, parsed, for the glossary page.
        public var definition: MarkdownSource
    }

    /// By slug, sorted alphabetically by term when listed.
    public var entries: [String: Entry] {
        didSet { alphabetical = Self.sorted(entries) }
    }

    /// Entries in the order the glossary page lists them: alphabetical by term, ignoring case.
    /// Kept sorted, as every page's rendering reads it.
    public private(set) var alphabetical: [Entry]

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
        self.alphabetical = Self.sorted(entries)
    }

    private static func sorted(_ entries: [String: Entry]) -> [Entry] {
        entries.values.sorted { ($0.term.term.lowercased(), $0.term.slug) < ($1.term.term.lowercased(), $1.term.slug) }
    }

    public var isEmpty: Bool { entries.isEmpty }
}
