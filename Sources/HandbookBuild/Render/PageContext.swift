import HandbookModel

/// Builds the values the templates read (see `PageValues` and the README's template reference).
public struct PageContext: Sendable {
    public let configuration: SiteConfiguration
    public let navigation: Navigation
    /// Title and address of every page being built.
    public let addresses: [SitePath: PageAddress]
    public let titles: [SitePath: String]

    /// The outline's entries as every page shows them when closed.
    private let outlineTree: OutlineTree
    /// The link to every page of the outline, for breadcrumbs and the previous and next pages:
    /// made once rather than each time a page links to it (an address is percent-encoded anew
    /// each time it is written).
    private let links: [SitePath: PageLink]

    public init(configuration: SiteConfiguration, navigation: Navigation, pages: [SitePath: ParsedPage]) {
        self.configuration = configuration
        self.navigation = navigation
        let addresses = pages.mapValues(\.address)
        self.addresses = addresses
        self.titles = pages.mapValues(\.frontMatter.title)
        let basePath = configuration.baseURL.path
        let window = configuration.sidebarWindow
        // The outline and the links, each a walk of every page, are made side by side.
        let outlineTree = BackgroundValue {
            OutlineTree(navigation: navigation, showsEverything: navigation.order.count <= Self.fullOutlineLimit, window: window,
                        url: { addresses[$0]?.href(basePath: basePath) ?? basePath },
                        more: { Self.contentsLink(for: $0, navigation: navigation, addresses: addresses, basePath: basePath) })
        }
        let titles = self.titles
        self.links = Dictionary(navigation.order.map { source in
            (source, Self.link(to: source, titles: titles, navigation: navigation, addresses: addresses, basePath: basePath))
        }) { first, _ in first }
        self.outlineTree = outlineTree.value
    }

    /// The sidebar's link to the contents page for the cut list under `parent` (nil for the top
    /// level), to the parent's place there.
    private static func contentsLink(for parent: Navigation.Node?, navigation: Navigation,
                                     addresses: [SitePath: PageAddress], basePath: String) -> OutlineItem {
        guard let parent else {
            return ContentsPage.more(parent: nil, anchor: nil, pages: navigation.order.count, basePath: basePath)
        }
        return ContentsPage.more(parent: parent.title, anchor: addresses[parent.source].map(ContentsPage.anchor(for:)),
                                 pages: ContentsPage.pageCount(under: parent), basePath: basePath)
    }

    var basePath: String { configuration.baseURL.path }

    /// `site`, the same on every page.
    var site: SiteValues {
        SiteValues(title: configuration.title, language: configuration.language,
                   basePath: basePath, baseURL: configuration.baseURL.description)
    }

    /// The values of a content page whose body has been rendered to `html`.
    func context(for page: ParsedPage, html: String) -> PageValues {
        let url = page.address.href(basePath: basePath)
        let facts = PageFacts(title: page.frontMatter.title, description: page.frontMatter.description, url: url,
                              canonicalURL: configuration.baseURL.origin + url,
                              reviewed: page.frontMatter.reviewed.description,
                              reviewedText: page.frontMatter.reviewed.longText,
                              isHome: page.address.urlPath.isEmpty, content: html)
        let contents = PageValues.Contents(toc: tableOfContents(page),
                                           breadcrumbs: (navigation.ancestors[page.source] ?? []).map(link(to:)),
                                           previous: navigation.previous(of: page.source).map(link(to:)),
                                           next: navigation.next(of: page.source).map(link(to:)))
        return PageValues(site: site, page: facts, outlineItems: outline(current: page.source), contents: contents)
    }

    /// The values of the 404 page: no canonical URL (it is served at any path), nothing current.
    func notFoundContext() -> PageValues {
        PageValues(site: site,
                   page: PageFacts(title: "Page not found",
                                   description: "This page does not exist. Try the outline or go back to the home page.",
                                   url: basePath + "404.html", isHome: false),
                   outlineItems: outline(current: nil))
    }

    private func link(to source: SitePath) -> PageLink {
        links[source] ?? Self.link(to: source, titles: titles, navigation: navigation, addresses: addresses, basePath: basePath)
    }

    private static func link(to source: SitePath, titles: [SitePath: String], navigation: Navigation,
                             addresses: [SitePath: PageAddress], basePath: String) -> PageLink {
        PageLink(title: titles[source] ?? navigation.titles[source] ?? source.rawValue,
                 url: addresses[source]?.href(basePath: basePath) ?? basePath)
    }

    private func tableOfContents(_ page: ParsedPage) -> [TocEntry] {
        var entries: [TocEntry] = []
        for (heading, id) in zip(page.headings, page.headingIDs) {
            if heading.level == 2 {
                entries.append(TocEntry(id: id, text: heading.text, children: []))
            } else if heading.level == 3, !entries.isEmpty {
                entries[entries.count - 1].children?.append(TocEntry(id: id, text: heading.text))
            }
        }
        return entries
    }

    /// Outlines up to this many entries are shown in full on every page (up to `sidebar_window`
    /// entries of each list); larger ones show the top level and the branch of the current page
    /// only, so that, with the window, a page's size does not grow with the number of pages.
    public static let fullOutlineLimit = 100

    private func outline(current: SitePath?) -> PageOutlineItems {
        .tree(outlineTree, OutlineTree.Page(current: current, ancestors: current.flatMap { navigation.ancestors[$0] } ?? []))
    }

    /// The body of the contents page: every entry of the outline, each with its id.
    func contentsHTML() -> String {
        ContentsPage.body(navigation.roots,
                          href: { addresses[$0]?.href(basePath: basePath) ?? basePath },
                          anchor: { ContentsPage.anchor(for: addresses[$0] ?? PageAddress(source: $0)) })
    }
}
