import HandbookModel

/// The generated contents page, `/contents/`: the whole outline as nested lists, every entry with
/// an id. The sidebar shows only a window of a long list (see `OutlineTree`) and links here, to
/// the list's place, for the rest.
enum ContentsPage {
    static let urlPath = "contents/"
    /// Kept from content pages and files (see `AddressClashChecker`).
    static let outputPath = SitePath(urlPath + "index.html")
    static let title = "Contents"

    /// The id of a page's entry on the contents page: its URL path, which no other page has,
    /// after a prefix that the page template's own ids (`main`, `site-nav`) do not start with.
    /// Percent-encoded, so an id never holds a space and a link's fragment is the id as it is.
    static func anchor(for address: PageAddress) -> String {
        "c-" + URLEncoding.encodeFragment(String(address.urlPath.dropLast(address.urlPath.hasSuffix("/") ? 1 : 0)))
    }

    /// The sidebar's link standing for a cut list under the entry `parent` (nil for the top
    /// level), whose entry on this page is `anchor`; `pages` is how many pages the link leads to
    /// (the parent's descendants, or all of them). The words make sense out of context, as screen
    /// readers may list a page's links on their own.
    static func more(parent: String?, anchor: String?, pages: Int, basePath: String) -> OutlineItem {
        let url = basePath + urlPath + (anchor.map { "#" + $0 } ?? "")
        guard let parent else { return .more(title: "Full contents (all \(pages) pages)", url: url) }
        return .more(title: "All \(pages) pages in “\(parent)”", url: url)
    }

    /// How many pages are under `node`, at any depth.
    static func pageCount(under node: Navigation.Node) -> Int {
        node.children.reduce(node.children.count) { $0 + pageCount(under: $1) }
    }

    /// The body: the entries in reading order, nested as in the outline.
    static func body(_ roots: [Navigation.Node], href: (SitePath) -> String, anchor: (SitePath) -> String) -> String {
        var html = ""
        func append(_ nodes: [Navigation.Node], indent: String) {
            for node in nodes {
                html += indent + "<li id=\"" + HTMLText.escape(anchor(node.source)) + "\"><a href=\""
                    + HTMLText.escape(href(node.source)) + "\">" + HTMLText.escape(node.title) + "</a>"
                if !node.children.isEmpty {
                    html += "\n" + indent + "  <ul>\n"
                    append(node.children, indent: indent + "    ")
                    html += indent + "  </ul>\n" + indent
                }
                html += "</li>\n"
            }
        }
        html += "<ul class=\"contents\">\n"
        append(roots, indent: "  ")
        return html + "</ul>"
    }
}
