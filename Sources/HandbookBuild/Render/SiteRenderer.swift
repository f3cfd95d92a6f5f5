import HandbookModel

/// Renders every page through the templates, plus the site-wide files: `404.html`,
/// `sitemap.xml`, `robots.txt`, the contents page, the search index and the print page. Each
/// page's share of the site-wide files (its search entry, its print chapter) is made on its own,
/// so a rebuild after a change redoes only the pages the change touched (see `SiteState`).
struct SiteRenderer {
    let configuration: SiteConfiguration
    let templates: TemplateSet
    let site: ParsedSite
    let context: PageContext
    let crossReferences: CrossReferenceContext

    /// - Parameters:
    ///   - context: made from the same configuration, navigation and pages, when the caller keeps
    ///     one (the titles, addresses and outline it holds do not change in an update).
    ///   - links: the same, for the links to pages (made again for each batch of a large site,
    ///     they were a step of their own).
    init(configuration: SiteConfiguration, templates: TemplateSet, navigation: Navigation, site: ParsedSite,
         references: CrossReferences, context: PageContext? = nil, links: PageLinks? = nil) {
        self.configuration = configuration
        self.templates = templates
        self.site = site
        self.context = context ?? PageContext(configuration: configuration, navigation: navigation, pages: site.pages)
        let links = links ?? PageLinks(pages: site.pages, basePath: configuration.baseURL.path,
                                       order: Dictionary(uniqueKeysWithValues: navigation.order.enumerated().map { ($1, $0) }))
        self.crossReferences = CrossReferenceContext(site: site, references: references, links: links,
                                                     listLimit: configuration.pageListLimit,
                                                     searchURL: templates.contains("search") ? configuration.baseURL.path + "search/" : nil)
    }

    /// One page's own file, from its `pageValues`, with where in its bytes the links are checked
    /// already (see `checkedLinks(in:)`).
    func renderPage(_ page: ParsedPage, values: PageValues) -> (file: OutputFile, checked: [Range<Int>]) {
        let (data, body) = templates.renderDataMarkingBody(values, with: "page")
        return (OutputFile(page.address.outputPath, .bytes(data)), checkedLinks(in: body))
    }

    /// Where the page's body was written, when the link stage has checked every link in it: a
    /// body without raw HTML has no link that is not from its Markdown (or put in by the link
    /// stage itself), and the link stage resolved each one or reported it. With raw HTML
    /// allowed, a body's own tags can hold links, and it is checked like the rest of the page.
    func checkedLinks(in body: [Range<Int>]) -> [Range<Int>] {
        configuration.allowsRawHTML ? [] : body
    }

    /// The values a page's template reads: its context, its References, and on the glossary and
    /// sources pages their lists.
    func pageValues(for page: ParsedPage) -> PageValues {
        var values = context.context(for: page, html: page.linkedBody.html)
        values.contents?.references = crossReferences.references(for: page)
        if page.source == GeneratedPages.glossary {
            values.glossary = crossReferences.glossary(renderer: templates.linkRenderer, values: values.site)
            values.hasGlossary = !site.glossary.isEmpty
        }
        if page.source == GeneratedPages.sources {
            values.sources = crossReferences.sources(renderer: templates.linkRenderer, values: values.site)
            values.hasSources = !site.register.records.isEmpty
        }
        return values
    }

    /// The paths of the site-wide files `renderSiteFiles` and `printPage` write, known before any
    /// is made: a page's link to one of them is then found fine as the page is rendered.
    var siteFilePaths: [SitePath] { Self.siteFilePaths(templates) }

    /// The same for any renderer with `templates`.
    static func siteFilePaths(_ templates: TemplateSet) -> [SitePath] {
        ["404.html", "sitemap.xml", "robots.txt", ContentsPage.outputPath]
            + (writesSearch(templates) ? [SearchIndexWriter.outputPath, SearchIndexWriter.pagePath] : [])
            + (writesPrintPage(templates) ? [PrintPageWriter.outputPath] : [])
    }

    /// What `startSearchFiles` makes: the search files, the memo of the index's terms, and the
    /// warning of an index over its budget.
    typealias SearchFiles = (files: [OutputFile], terms: Memo<Int, String>, found: [Diagnostic])

    /// The search files, the largest of the site-wide files, made on another thread from the
    /// pages' `entries` (`renderSiteFiles` takes them when they are made); `termUses` changes
    /// whenever which pages use which glossary terms does. `madeTerms`, when given, are the
    /// terms' JSON as `startSearchTerms` makes it; `inPieces`, see `searchFiles`.
    func startSearchFiles(entries: [SitePath: String], termUses: Int, terms: Memo<Int, String>,
                          madeTerms: BackgroundValue<String>? = nil, inPieces: Bool = false) -> BackgroundValue<SearchFiles> {
        BackgroundValue { [self] in
            var terms = terms
            var found: [Diagnostic] = []
            let files = searchFiles(entries: entries, termUses: termUses, terms: &terms, madeTerms: madeTerms,
                                    inPieces: inPieces, reporting: &found)
            return (files: files, terms: terms, found: found)
        }
    }

    /// `404.html`, `sitemap.xml`, `robots.txt` and the contents page: made of the pages' titles,
    /// addresses and dates and of the outline, which linking does not change, so a build makes
    /// them on another thread from the start.
    func outlineFiles(sitemaps: inout Memo<[SitemapWriter.Entry], String>) -> [OutputFile] {
        let sitemap = SitemapWriter(baseURL: configuration.baseURL)
        let listed = site.pages.values.map { SitemapWriter.Entry(address: $0.address, reviewed: $0.frontMatter.reviewed) }
            .sorted { $0.address < $1.address }
        return [
            OutputFile("404.html", templates.render(context.notFoundContext(), with: "not-found")),
            OutputFile("sitemap.xml", sitemaps.value(for: listed) { sitemap.sitemap(for: listed) }),
            OutputFile("robots.txt", sitemap.robots()),
            OutputFile(ContentsPage.outputPath, templates.render(contentsPage(), with: "page")),
        ]
    }

    /// The `outlineFiles` (made now when not given), then the `search` files (see
    /// `printPage(chapters:)` for the print page).
    func renderSiteFiles(search: BackgroundValue<SearchFiles>, outlineFiles: [OutputFile]?, memos: inout RenderMemos,
                         reporting diagnostics: inout [Diagnostic]) -> [OutputFile] {
        let files = outlineFiles ?? self.outlineFiles(sitemaps: &memos.sitemap)
        let made = search.value
        memos.searchTerms = made.terms
        diagnostics += made.found
        return files + made.files
    }

    /// The values of the contents page (see `ContentsPage`), a page like the others but for its
    /// body. It is as recent as the most recently reviewed page, since it changes with them.
    func contentsPage() -> PageValues {
        var values = extraPage(path: ContentsPage.urlPath, title: ContentsPage.title,
                               description: "Every page of \(configuration.title), in reading order.")
        values.page.content = context.contentsHTML()
        let reviewed = site.pages.values.lazy.map(\.frontMatter.reviewed).max()
        values.page.reviewed = reviewed?.description
        values.page.reviewedText = reviewed?.longText
        return values
    }

    /// The values of a page the build makes by itself, at `path` under the base path.
    func extraPage(path: String, title: String, description: String) -> PageValues {
        var values = context.notFoundContext()
        let url = context.basePath + path
        values.page = PageFacts(title: title, description: description, url: url,
                                canonicalURL: configuration.baseURL.origin + url, isHome: false)
        return values
    }
}
