import HandbookModel

/// Builds the dictionaries the templates read (see the README's template reference).
/// Dictionaries, not reflected structs: swift-mustache looks keys up in them much faster. The
/// outline's entries are `OutlineItem` values, which answer lookups themselves as quickly.
public struct PageContext: Sendable {
    public let configuration: SiteConfiguration
    public let navigation: Navigation
    /// Title and address of every page being built.
    public let addresses: [SitePath: PageAddress]
    public let titles: [SitePath: String]

    /// The outline's entries as every page shows them when closed.
    private let outlineTree: OutlineTree

    public init(configuration: SiteConfiguration, navigation: Navigation, pages: [SitePath: ParsedPage]) {
        self.configuration = configuration
        self.navigation = navigation
        let addresses = pages.mapValues(\.address)
        self.addresses = addresses
        self.titles = pages.mapValues(\.frontMatter.title)
        let basePath = configuration.baseURL.path
        self.outlineTree = OutlineTree(navigation: navigation,
                                       showsEverything: navigation.order.count <= Self.fullOutlineLimit) {
            addresses[$0]?.href(basePath: basePath) ?? basePath
        }
    }

    var basePath: String { configuration.baseURL.path }

    /// Strings only: `OutlineRenderer` keys its memo by them.
    var site: [String: String] {
        ["title": configuration.title, "language": configuration.language,
         "basePath": basePath, "baseURL": configuration.baseURL.description]
    }

    /// The context of a content page whose body has been rendered to `html`.
    public func context(for page: ParsedPage, html: String) -> [String: Any] {
        let toc = tableOfContents(page)
        let crumbs = (navigation.ancestors[page.source] ?? []).map(link(to:))
        var context: [String: Any] = [
            "site": site,
            "page": [
                "title": page.frontMatter.title,
                "description": page.frontMatter.description,
                "url": page.address.href(basePath: basePath),
                "canonicalURL": configuration.baseURL.origin + page.address.href(basePath: basePath),
                "reviewed": page.frontMatter.reviewed.description,
                "reviewedText": page.frontMatter.reviewed.longText,
                "isHome": page.address.urlPath.isEmpty,
                "content": html,
            ] as [String: Any],
            "toc": toc,
            "hasToc": toc.count + toc.reduce(0) { $0 + (($1["children"] as? [Any])?.count ?? 0) } >= 3,
            "breadcrumbs": crumbs,
            "hasBreadcrumbs": !crumbs.isEmpty,
            "outline": outline(current: page.source),
        ]
        if let previous = navigation.previous(of: page.source) { context["previous"] = link(to: previous) }
        if let next = navigation.next(of: page.source) { context["next"] = link(to: next) }
        return context
    }

    /// The context of the 404 page: no canonical URL (it is served at any path), nothing current.
    public func notFoundContext() -> [String: Any] {
        [
            "site": site,
            "page": [
                "title": "Page not found",
                "description": "This page does not exist. Try the outline or go back to the home page.",
                "url": basePath + "404.html",
                "isHome": false,
            ] as [String: Any],
            "outline": outline(current: nil),
        ]
    }

    private func link(to source: SitePath) -> [String: Any] {
        ["title": titles[source] ?? navigation.titles[source] ?? source.rawValue,
         "url": addresses[source]?.href(basePath: basePath) ?? basePath]
    }

    private func tableOfContents(_ page: ParsedPage) -> [[String: Any]] {
        var entries: [[String: Any]] = []
        for (heading, id) in zip(page.headings, page.headingIDs) {
            let item: [String: Any] = ["id": id, "text": heading.text]
            if heading.level == 2 {
                entries.append(item.merging(["children": [[String: Any]]()]) { a, _ in a })
            } else if heading.level == 3, !entries.isEmpty {
                var children = entries[entries.count - 1]["children"] as? [[String: Any]] ?? []
                children.append(item)
                entries[entries.count - 1]["children"] = children
            }
        }
        return entries
    }

    /// Outlines up to this many entries are shown in full on every page; larger ones show the
    /// top level and the branch of the current page only, so a page's size does not grow with
    /// the number of pages.
    public static let fullOutlineLimit = 100

    private func outline(current: SitePath?) -> [OutlineItem] {
        let open = Set((current.flatMap { navigation.ancestors[$0] } ?? []) + (current.map { [$0] } ?? []))
        return outlineTree.items(open: open, current: current)
    }
}
