import HandbookMarkdown
import HandbookModel

/// The link stage: resolves links, citations and glossary terms on every page, and on the
/// glossary page's definitions, collecting who refers to what.
public struct CrossReferencer: Sendable {
    public let index: SiteIndex
    public let glossary: Glossary
    public let register: SourceRegister
    public let basePath: String

    public init(index: SiteIndex, glossary: Glossary, register: SourceRegister, basePath: String) {
        self.index = index
        self.glossary = glossary
        self.register = register
        self.basePath = basePath
    }

    public func link() -> (CrossReferences, [Diagnostic]) {
        var references = CrossReferences()
        var diagnostics: [Diagnostic] = []
        let resolver = LinkResolver(basePath: basePath)
        let citations = CitationResolver(register: register)
        let glossaryURL = index.glossaryPage?.address.href(basePath: basePath) ?? basePath
        let linker = GlossaryLinker(glossary: glossary, glossaryURL: glossaryURL)

        for source in index.pages.keys.sorted() {
            let page = index.pages[source]!
            var bodies = [page.markdown]
            let isGlossaryPage = source == index.glossaryPage?.source
            if isGlossaryPage { bodies += glossary.alphabetical.map(\.definition) }
            var numbering = CitationNumbering()
            var linkedTerms: Set<String> = []
            for body in bodies {
                let outcome = resolver.resolve(body, on: page, in: index)
                diagnostics += outcome.diagnostics
                references.externalLinks += outcome.externalLinks
                references.unresolvedDestinations.formUnion(outcome.unresolved)
                linkedTerms.formUnion(outcome.linkedTerms)
                diagnostics += citations.resolve(body, into: &numbering)
            }
            if page.frontMatter.linksGlossary, !isGlossaryPage, !glossary.isEmpty {
                linkedTerms = linker.link(page.markdown, alreadyLinked: linkedTerms)
            }
            for slug in linkedTerms where !isGlossaryPage { references.mentions[slug, default: []].insert(source) }
            for key in numbering.citedKeys { references.citedBy[key, default: []].insert(source) }
            references.citations[source] = numbering
        }
        return (references, diagnostics)
    }
}
