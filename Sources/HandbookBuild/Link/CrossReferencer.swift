import HandbookMarkdown
import HandbookModel

/// The link stage: resolves links, citations and glossary terms on every page, and on the
/// glossary page's definitions, collecting who refers to what.
public struct CrossReferencer: Sendable {
    public let index: SiteIndex
    public let glossary: Glossary
    public let register: SourceRegister
    public let basePath: String
    private let linker: GlossaryLinker
    /// The links' targets, made once for every page linked.
    private let resolver: LinkResolver
    /// The pages of `index`, by the numbers pending anchor checks know them by.
    var linkedPages: [ParsedPage] { resolver.targets.pages }

    public init(index: SiteIndex, glossary: Glossary, register: SourceRegister, basePath: String) {
        self.index = index
        self.glossary = glossary
        self.register = register
        self.basePath = basePath
        let glossaryURL = index.glossaryPage?.address.href(basePath: basePath) ?? basePath
        self.linker = GlossaryLinker(glossary: glossary, glossaryURL: glossaryURL)
        self.resolver = LinkResolver(basePath: basePath, targets: LinkTargetTable(index: index, basePath: basePath))
    }

    /// Resolves one page's links, citations and glossary terms (and, on the glossary page, those
    /// of the definitions). The page's Markdown is edited in place, so a page is linked once.
    public func link(_ page: ParsedPage) -> PageLinkOutcome {
        let citations = CitationResolver(register: register)
        var outcome = PageLinkOutcome(source: page.source)
        let isGlossaryPage = page.source == index.glossaryPage?.source
        var bodies = [page.markdown]
        if isGlossaryPage { bodies += glossary.alphabetical.map(\.definition) }
        for body in bodies {
            let links = resolver.resolve(body, on: page, in: index)
            outcome.diagnostics += links.diagnostics
            outcome.externalLinks += links.externalLinks
            outcome.unresolved.formUnion(links.unresolved)
            outcome.linkedTerms.formUnion(links.linkedTerms)
            outcome.linkedPages += links.linkedPages
            outcome.pendingAnchorChecks += links.pendingAnchorChecks
            outcome.diagnostics += citations.resolve(body, into: &outcome.numbering)
        }
        if page.frontMatter.linksGlossary, !isGlossaryPage, !glossary.isEmpty {
            outcome.linkedTerms = linker.link(page.markdown, alreadyLinked: outcome.linkedTerms)
        }
        // The glossary page lists every term; it does not count as mentioning them.
        if isGlossaryPage { outcome.linkedTerms = [] }
        return outcome
    }
}

/// What linking one page found.
public struct PageLinkOutcome: Sendable {
    public var source: SitePath
    public var diagnostics: [Diagnostic] = []
    public var externalLinks: [ExternalLink] = []
    public var unresolved: Set<String> = []
    /// Glossary terms the page links to, by hand or automatically.
    public var linkedTerms: Set<String> = []
    /// Pages the page links to, in the order of the links, a page as often as it is linked.
    public var linkedPages: [SitePath] = []
    /// Links to pages whose anchors were not known yet; none once the rebuild is done.
    public var pendingAnchorChecks: [PendingAnchorCheck] = []
    public var numbering = CitationNumbering()

    public init(source: SitePath) { self.source = source }
}
