import Mustache

/// Renders a list of links to pages (`mentionsHTML` on the glossary page, `citedByHTML` on the
/// sources page) through the `page-link` template once per link, remembering every link it
/// renders. The glossary of a large handbook lists the pages that use each term, hundreds of
/// thousands of links to the same few thousand pages: rendered by a `{{#mentions}}` loop, each
/// link cost three lookups and two HTML escapes, which made the glossary page the slowest page to
/// render (twice: as a page and as a print chapter).
///
/// A link's rendering depends only on the link (`title`, `url`, `isLast`) and the `site` values,
/// which is all the template sees here; the memo is keyed by exactly those, the link by its
/// number (see `RenderedLinks`) and `isLast`.
final class LinkListRenderer: Sendable {
    /// The template rendered for each link.
    static let templateName = "page-link"

    private let library: TemplateLibrary
    private let memo = FragmentMemo<PageLink>()

    init(library: TemplateLibrary) {
        self.library = library
    }

    /// The links rendered one after the other; those with `numbers` (one for each link) are
    /// remembered, the others (lists made by hand) rendered every time.
    func html(for links: [PageLink], numbers: [Int]?, site: SiteValues) -> String {
        guard let numbers else { return links.map { render($0, site: site) }.joined() }
        let number = memo.number(of: site)
        // The last link of a list renders differently (no separator): it has a place of its own.
        let places = zip(links, numbers).map { link, page in page * 2 + (link.isLast == true ? 1 : 0) }
        let known = memo.html(for: links, numbers: places, site: number)
        return known.indices.map { index in
            if let html = known[index] { return html }
            let html = render(links[index], site: site)
            memo.remember(html, for: links[index], number: places[index], site: number)
            return html
        }.joined()
    }

    private func render(_ link: PageLink, site: SiteValues) -> String {
        library.render(Scope(link: link, site: site), withTemplate: Self.templateName) ?? ""
    }

    /// What the `page-link` template reads: the link's keys and `site`. A class, as
    /// `OutlineRenderer`'s is.
    private final class Scope: TemplateValueParent {
        let link: PageLink
        let site: SiteValues

        init(link: PageLink, site: SiteValues) {
            self.link = link
            self.site = site
        }

        func templateValue(named name: String) -> TemplateValue? {
            name == "site" ? .parent(site) : link.templateValue(named: name)
        }
    }
}

/// A list of links as templates read it: the links themselves (`mentions`, `citedBy`), and the
/// list rendered through `page-link` (`mentionsHTML`, `citedByHTML`), only when a template reads
/// it, and once for the page and its print chapter, which share the page's values.
struct RenderedLinks: Sendable, MustacheCustomRenderable {
    let links: [PageLink]
    /// Each link's number, by which `LinkListRenderer` remembers its rendering: the page's place
    /// in the `PageLinks` table. Nil for a list made by hand.
    private let numbers: [Int]?
    private let site: SiteValues
    private let renderer: LinkListRenderer
    /// What the build writes after the links of a cut list (see `CrossReferenceContext.more`);
    /// written here rather than by a template, so that older templates tell readers of the cut too.
    private let more: String
    private let rendered = RenderedOnce<String>()

    init(links: [PageLink], numbers: [Int]? = nil, site: SiteValues, renderer: LinkListRenderer, more: String = "") {
        self.links = links
        self.numbers = numbers
        self.site = site
        self.renderer = renderer
        self.more = more
    }

    var renderText: String { rendered.value { renderer.html(for: links, numbers: numbers, site: site) + more } }
    var isNull: Bool { false }
}
