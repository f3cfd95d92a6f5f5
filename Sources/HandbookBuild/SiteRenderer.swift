import HandbookModel

/// Renders every page through the templates, plus the site-wide files: `404.html`,
/// `sitemap.xml` and `robots.txt`.
struct SiteRenderer {
    let configuration: SiteConfiguration
    let templates: TemplateSet
    let pages: [SitePath: ParsedPage]
    let context: PageContext

    init(configuration: SiteConfiguration, templates: TemplateSet, navigation: Navigation,
         pages: [SitePath: ParsedPage]) {
        self.configuration = configuration
        self.templates = templates
        self.pages = pages
        self.context = PageContext(configuration: configuration, navigation: navigation, pages: pages)
    }

    func renderPages() -> [OutputFile] {
        pages.keys.sorted().map { source in
            let page = pages[source]!
            let html = templates.render(context.context(for: page, html: page.document.renderHTML()), with: "page")
            return OutputFile(page.address.outputPath, html)
        }
    }

    func renderSiteFiles() -> [OutputFile] {
        let sitemap = SitemapWriter(baseURL: configuration.baseURL)
        return [
            OutputFile("404.html", templates.render(context.notFoundContext(), with: "not-found")),
            OutputFile("sitemap.xml", sitemap.sitemap(for: Array(pages.values))),
            OutputFile("robots.txt", sitemap.robots()),
        ]
    }
}
