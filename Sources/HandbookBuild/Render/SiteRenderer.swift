import HandbookModel

/// Renders every page through the templates, plus the site-wide files: `404.html`,
/// `sitemap.xml` and `robots.txt`.
struct SiteRenderer {
    let configuration: SiteConfiguration
    let templates: TemplateSet
    let site: ParsedSite
    let context: PageContext
    let crossReferences: CrossReferenceContext

    init(configuration: SiteConfiguration, templates: TemplateSet, navigation: Navigation, site: ParsedSite,
         references: CrossReferences) {
        self.configuration = configuration
        self.templates = templates
        self.site = site
        self.context = PageContext(configuration: configuration, navigation: navigation, pages: site.pages)
        let order = Dictionary(uniqueKeysWithValues: navigation.order.enumerated().map { ($1, $0) })
        let links = PageLinks(pages: site.pages, basePath: configuration.baseURL.path, order: order)
        self.crossReferences = CrossReferenceContext(site: site, references: references, links: links)
    }

    /// Every page, rendered in parallel (in page order).
    func renderPages() -> [OutputFile] {
        site.pages.keys.sorted().concurrentMap { source in
            let page = site.pages[source]!
            var values = context.context(for: page, html: page.document.renderHTML())
            values.merge(crossReferences.references(for: page)) { _, new in new }
            if source == GeneratedPages.glossary {
                values["glossary"] = crossReferences.glossary()
                values["hasGlossary"] = !site.glossary.isEmpty
            }
            if source == GeneratedPages.sources {
                values["sources"] = crossReferences.sources()
                values["hasSources"] = !site.register.records.isEmpty
            }
            return OutputFile(page.address.outputPath, templates.render(values, with: "page"))
        }
    }

    func renderSiteFiles(reporting diagnostics: inout [Diagnostic]) -> [OutputFile] {
        let sitemap = SitemapWriter(baseURL: configuration.baseURL)
        return [
            OutputFile("404.html", templates.render(context.notFoundContext(), with: "not-found")),
            OutputFile("sitemap.xml", sitemap.sitemap(for: Array(site.pages.values))),
            OutputFile("robots.txt", sitemap.robots()),
        ] + searchFiles(reporting: &diagnostics) + printFiles()
    }
}
