import HandbookModel

/// What links can point at: the pages being built, by Markdown path, and the other content files.
public struct SiteIndex: Sendable {
    public var pages: [SitePath: ParsedPage]
    /// Draft pages left out of this build: a link to one is an error, not a missing file.
    public var leftOutDrafts: Set<SitePath>
    /// Pages that exist but could not be parsed: already reported, so links to them are not.
    public var unparsedPages: Set<SitePath> = []
    /// Glossary term files (`glossary/secure-base.md`) and their slugs: links to them go to
    /// the entry on the glossary page.
    public var glossaryTermSlugs: [SitePath: String] = [:]
    /// The page the glossary is listed on.
    public var glossaryPage: ParsedPage?
    /// Non-Markdown files under `content/`, copied to the same path in the output.
    public var contentFiles: Set<SitePath>

    public init(pages: [SitePath: ParsedPage], leftOutDrafts: Set<SitePath> = [], contentFiles: Set<SitePath> = []) {
        self.pages = pages
        self.leftOutDrafts = leftOutDrafts
        self.contentFiles = contentFiles
    }
}
