import HandbookModel

/// What the link stage learned about how pages, sources and glossary terms refer to each other.
public struct CrossReferences: Sendable {
    /// Each page's sources, numbered in first-cited order.
    public var citations: [SitePath: CitationNumbering] = [:]
    /// For each source, the pages that cite it.
    public var citedBy: [CitationKey: PageSet] = [:]
    /// For each glossary term (by slug), the pages that link to it.
    public var mentions: [String: PageSet] = [:]
    /// Link destinations written in Markdown that could not be resolved (already reported), so
    /// the check of rendered pages does not report them again.
    public var unresolvedDestinations: Set<String> = []

    public init() {}

    /// Adds the page of `outcome` to the users of the terms and sources it uses (`mentions`,
    /// `citedBy`). (Its `citations` entry is the outcome's numbering.)
    mutating func addUses(_ outcome: PageLinkOutcome) {
        let source = outcome.source
        for slug in outcome.linkedTerms { mentions[slug, default: []].insert(source) }
        for key in outcome.numbering.citedKeys { citedBy[key, default: []].insert(source) }
    }

    /// Takes away what `addUses` added for the pages of `outcomes`, as if it had never been
    /// added. Each list loses all its pages in one pass: taken away one by one, each page would
    /// be looked for through a list of thousands (an update that relinks every page).
    mutating func removeUses(_ outcomes: [PageLinkOutcome]) {
        var byTerm: [String: Set<SitePath>] = [:]
        var bySource: [CitationKey: Set<SitePath>] = [:]
        for outcome in outcomes {
            for slug in outcome.linkedTerms { byTerm[slug, default: []].insert(outcome.source) }
            for key in outcome.numbering.citedKeys { bySource[key, default: []].insert(outcome.source) }
        }
        for (slug, pages) in byTerm {
            mentions[slug]?.remove(pages)
            if mentions[slug]?.isEmpty == true { mentions[slug] = nil }
        }
        for (key, pages) in bySource {
            citedBy[key]?.remove(pages)
            if citedBy[key]?.isEmpty == true { citedBy[key] = nil }
        }
    }
}

/// The pages the build gives generated content: the glossary's term list and the source list.
public enum GeneratedPages {
    public static let glossary: SitePath = "glossary/index.md"
    public static let sources: SitePath = "sources.md"
    public static let home: SitePath = "index.md"
}
