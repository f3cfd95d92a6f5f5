import Mustache

/// Renders a list of links to pages (`mentionsHTML` on the glossary page, `citedByHTML` on the
/// sources page) through the `page-link` template once per link, remembering every link it
/// renders. The glossary of a large handbook lists the pages that use each term, hundreds of
/// thousands of links to the same few thousand pages: rendered by a `{{#mentions}}` loop, each
/// link cost three lookups and two HTML escapes, which made the glossary page the slowest page to
/// render (twice: as a page and as a print chapter).
///
/// A link's rendering depends only on the link (`title`, `url`, `isLast`) and the `site` values,
/// which is all the template sees here; the memo is keyed by exactly those.
final class LinkListRenderer: Sendable {
    /// The template rendered for each link.
    static let templateName = "page-link"

    private let library: TemplateLibrary
    private let memo = FragmentMemo<PageLink>()

    init(library: TemplateLibrary) {
        self.library = library
    }

    /// The links rendered one after the other.
    func html(for links: [PageLink], site: SiteValues) -> String {
        let number = memo.number(of: site)
        var html = ""
        for link in links {
            let key = FragmentMemo.Key(site: number, item: link)
            if let known = memo.fragment(for: key) {
                html += known
                continue
            }
            let text = library.render(Scope(link: link, site: site), withTemplate: Self.templateName) ?? ""
            memo.remember(text, for: key)
            html += text
        }
        return html
    }

    /// What the `page-link` template reads: the link's keys and `site`.
    private struct Scope: MustacheParent {
        var link: PageLink
        var site: SiteValues

        func child(named name: String) -> Any? {
            name == "site" ? site : link.child(named: name)
        }
    }
}

/// A list of links as templates read it: the links themselves (`mentions`, `citedBy`), and the
/// list rendered through `page-link` (`mentionsHTML`, `citedByHTML`), only when a template reads
/// it, and once for the page and its print chapter, which share the page's values.
struct RenderedLinks: Sendable, MustacheCustomRenderable {
    let links: [PageLink]
    private let site: SiteValues
    private let renderer: LinkListRenderer
    private let rendered = RenderedOnce()

    init(links: [PageLink], site: SiteValues, renderer: LinkListRenderer) {
        self.links = links
        self.site = site
        self.renderer = renderer
    }

    var renderText: String { rendered.value { renderer.html(for: links, site: site) } }
    var isNull: Bool { false }
}
