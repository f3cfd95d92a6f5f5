import HandbookModel
import Mustache

/// Renders a page's outline for `{{{outlineHTML}}}`: the `outline` template once per entry, not
/// recursively (an entry reads its children, already rendered, as `childrenHTML`), remembering
/// every closed entry it renders. Most of a page's outline is closed entries, which look the same
/// on every page, so only the branch of the current page is rendered for each page: the sidebar
/// was over half of the time spent in the templates.
///
/// An entry's rendering depends only on the entry, its children and the `site` values, which is
/// all the `outline` template sees here; the memo is keyed by exactly those (see `FragmentMemo`).
/// Each `TemplateSet` has its own renderer, which serves one build's pages, rendered in parallel.
final class OutlineRenderer: Sendable {
    /// The template rendered for each entry.
    static let templateName = "outline"

    private let library: TemplateLibrary
    /// Closed entries already rendered.
    private let memo = FragmentMemo<OutlineItem>()

    init(library: TemplateLibrary) {
        self.library = library
    }

    /// The entries rendered one after the other, each with its shown children inside it.
    func html(for items: [OutlineItem], site: SiteValues) -> String {
        var html = ""
        append(items, site: site, number: memo.number(of: site), to: &html)
        return html
    }

    private func append(_ items: [OutlineItem], site: SiteValues, number: Int, to html: inout String) {
        for item in items {
            if item.isMore {
                html += Self.moreHTML(item)
                continue
            }
            if item.isClosed, let entry = item.number, let known = memo.html(for: item, number: entry, site: number) {
                html += known
                continue
            }
            var children = ""
            append(item.children, site: site, number: number, to: &children)
            let text = library.render(Scope(item: item, childrenHTML: children, site: site),
                                      withTemplate: Self.templateName) ?? ""
            if item.isClosed, let entry = item.number { memo.remember(text, for: item, number: entry, site: number) }
            html += text
        }
    }

    /// The link standing for the entries a long list leaves out. Written here rather than by a
    /// template, so that sites whose `outline` template predates it get it as well; its class
    /// lets a style sheet set it apart from the pages.
    static func moreHTML(_ item: OutlineItem) -> String {
        "<li class=\"outline-more\"><a href=\"\(HTMLText.escape(item.url))\">\(HTMLText.escape(item.title))</a></li>\n"
    }

    /// What the `outline` template reads when the build renders an entry: the entry's keys,
    /// `childrenHTML` and `site`. A class: the renderer takes it as an `Any`, where a struct
    /// this size would be copied into a box of its own.
    private final class Scope: TemplateValueParent {
        let item: OutlineItem
        let childrenHTML: String
        let site: SiteValues

        init(item: OutlineItem, childrenHTML: String, site: SiteValues) {
            self.item = item
            self.childrenHTML = childrenHTML
            self.site = site
        }

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "childrenHTML": .text(childrenHTML)
            case "site": .parent(site)
            default: item.templateValue(named: name)
            }
        }
    }
}

/// `outlineHTML`: the page's outline, rendered only when a template reads it (the print page's
/// chapters and many editors' templates never do).
struct RenderedOutline: Sendable, MustacheCustomRenderable {
    let items: [OutlineItem]
    let site: SiteValues
    let renderer: OutlineRenderer

    var renderText: String { renderer.html(for: items, site: site) }
    var isNull: Bool { false }
}
