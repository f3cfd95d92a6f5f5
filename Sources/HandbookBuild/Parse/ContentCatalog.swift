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
        // The paths are sorted, not the pairs: a pair is five words to move at each step.
        pages.reserveCapacity(markdown.count)
        for path in markdown.keys.sorted() where path != SiteLayout.outlineFile {
            let file = markdown[path]!
            if Self.isGlossaryTerm(path) { glossaryTerms.append((path, file)) } else { pages.append((path, file)) }
        }
    }

    /// `glossary/secure-base.md` is a term; `glossary/index.md` is the glossary page itself.
    /// (Read on the bytes: the folder is ASCII, so no other spelling of it is equal to it.)
    static func isGlossaryTerm(_ path: SitePath) -> Bool {
        let folder = SiteLayout.glossaryFolder.utf8, bytes = path.rawValue.utf8
        guard bytes.starts(with: folder), bytes.dropFirst(folder.count).first == UInt8(ascii: "/") else { return false }
        return !bytes.dropFirst(folder.count + 1).contains(UInt8(ascii: "/")) && path.fileName != "index.md"
    }
}
