import Mustache

/// Renders a page's outline for `{{{outlineHTML}}}`: the `outline` template once per entry, not
/// recursively (an entry reads its children, already rendered, as `childrenHTML`), remembering
/// every closed entry it renders. Most of a page's outline is closed entries, which look the same
/// on every page, so only the branch of the current page is rendered for each page: the sidebar
/// was over half of the time spent in the templates.
///
/// An entry's rendering depends only on the entry, its children and the `site` values, which is
/// all the `outline` template sees here; the memo is keyed by exactly those. Each `TemplateSet`
/// has its own renderer, which serves one build's pages, rendered in parallel.
final class OutlineRenderer: Sendable {
    /// The template rendered for each entry.
    static let templateName = "outline"

    private let library: MustacheLibrary
    /// Closed entries already rendered.
    private let memo = FragmentMemo<OutlineItem>()

    init(library: MustacheLibrary) {
        self.library = library
    }

    /// The entries rendered one after the other, each with its shown children inside it.
    func html(for items: [OutlineItem], site: SiteValues) -> String {
        html(for: items, site: site, number: memo.number(of: site))
    }

    private func html(for items: [OutlineItem], site: SiteValues, number: Int) -> String {
        var html = ""
        for item in items {
            let key = item.isClosed ? FragmentMemo.Key(site: number, item: item) : nil
            if let key, let known = memo.fragment(for: key) {
                html += known
                continue
            }
            let children = self.html(for: item.children, site: site, number: number)
            let text = library.render(Scope(item: item, childrenHTML: children, site: site),
                                      withTemplate: Self.templateName) ?? ""
            if let key { memo.remember(text, for: key) }
            html += text
        }
        return html
    }

    /// What the `outline` template reads when the build renders an entry: the entry's keys,
    /// `childrenHTML` and `site`.
    private struct Scope: MustacheParent {
        var item: OutlineItem
        var childrenHTML: String
        var site: SiteValues

        func child(named name: String) -> Any? {
            switch name {
            case "childrenHTML": childrenHTML
            case "site": site
            default: item.child(named: name)
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
