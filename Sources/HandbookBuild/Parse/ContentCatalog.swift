import HandbookModel

/// The Markdown files under `content/`, sorted by role: the outline, glossary terms, and pages.
public struct ContentCatalog: Sendable {
    public var outline: SourceFile?
    public var pages: [(path: SitePath, file: SourceFile)]
    public var glossaryTerms: [(path: SitePath, file: SourceFile)]

    public init(markdown: [SitePath: SourceFile]) {
        outline = markdown[SiteLayout.outlineFile]
        pages = []
        glossaryTerms = []
        for (path, file) in markdown.sorted(by: { $0.key < $1.key }) where path != SiteLayout.outlineFile {
            if Self.isGlossaryTerm(path) { glossaryTerms.append((path, file)) } else { pages.append((path, file)) }
        }
    }

    /// `glossary/secure-base.md` is a term; `glossary/index.md` is the glossary page itself.
    static func isGlossaryTerm(_ path: SitePath) -> Bool {
        path.directory == SiteLayout.glossaryFolder && path.fileName != "index.md"
    }
}
