/// One glossary entry, from `content/glossary/<slug>.md`.
public struct GlossaryTerm: Hashable, Sendable {
    /// The file name without `.md`: the entry's anchor on the glossary page.
    public var slug: String
    public var term: String
    /// Other words for the term: plurals, synonyms.
    public var aliases: [String]
    /// The definition, as Markdown.
    public var definition: String
    /// The definition's first sentence, as plain text: the short form shown beside a link.
    public var shortDefinition: String
    public var location: SourceLocation

    public init(slug: String, term: String, aliases: [String], definition: String, shortDefinition: String,
                location: SourceLocation) {
        self.slug = slug
        self.term = term
        self.aliases = aliases
        self.definition = definition
        self.shortDefinition = shortDefinition
        self.location = location
    }

    /// The term and its aliases: every phrase that links to the entry.
    public var phrases: [String] { [term] + aliases }
}
