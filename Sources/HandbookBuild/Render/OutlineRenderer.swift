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
    /// Whole lists of closed entries already rendered, for outlines read from their tree.
    private let runs = OutlineRuns()

    init(library: TemplateLibrary) {
        self.library = library
    }

    /// The entries rendered one after the other, each with its shown children inside it.
    func html(for items: [OutlineItem], site: SiteValues) -> String {
        render(items, site: site, number: memo.number(of: site))
    }

    /// The outline `page` shows of `tree`: the same bytes as `html(for:site:)` gives for
    /// `tree.items(…)`, but each run of closed entries, which a window keeps together, is one
    /// piece of its list's rendering (see `RenderedList`), and only the open entries are
    /// rendered for the page: a page's sidebar was some seventy entries, each found in the memo.
    func html(for page: OutlineTree.Page, in tree: OutlineTree, site: SiteValues) -> String {
        var html = ""
        append(tree.topList(for: page), of: tree, page: page, site: site, number: memo.number(of: site), to: &html)
        return html
    }

    private func append(_ shown: OutlineTree.ShownList, of tree: OutlineTree, page: OutlineTree.Page, site: SiteValues,
                        number: Int, to html: inout String) {
        let rendered = runs.list(shown.list, of: tree, site: number) {
            RenderedList(tree.closedLists[shown.list].map { render([$0], site: site, number: number) },
                         moreHTML: tree.mores[shown.list].map(Self.moreHTML) ?? "")
        }
        if shown.cutsStart { html += rendered.moreHTML }
        if let open = shown.open, let children = tree.childList(of: shown, page: page) {
            html += rendered.run(shown.kept.lowerBound..<open)
            var childrenHTML = ""
            append(children, of: tree, page: page, site: site, number: number, to: &childrenHTML)
            let scope = Scope(item: tree.openItem(shown, page: page, children: []), childrenHTML: childrenHTML, site: site,
                              treeChildren: TreeChildren(tree: tree, shown: children, page: page))
            html += library.render(scope, withTemplate: Self.templateName) ?? ""
            html += rendered.run(open + 1..<shown.kept.upperBound)
        } else {
            html += rendered.run(shown.kept)
        }
        if shown.cutsEnd { html += rendered.moreHTML }
    }

    private func render(_ items: [OutlineItem], site: SiteValues, number: Int) -> String {
        var html = ""
        append(items, site: site, number: number, to: &html)
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
        private let item: OutlineItem
        private let childrenHTML: String
        private let site: SiteValues
        /// The children of an open entry read from its tree, given without them (see `TreeChildren`).
        private let treeChildren: TreeChildren?

        init(item: OutlineItem, childrenHTML: String, site: SiteValues, treeChildren: TreeChildren? = nil) {
            self.item = item
            self.childrenHTML = childrenHTML
            self.site = site
            self.treeChildren = treeChildren
        }

        func templateValue(named name: String) -> TemplateValue? {
            switch name {
            case "childrenHTML": .text(childrenHTML)
            case "site": .parent(site)
            case "children" where treeChildren != nil: .list(treeChildren!.items)
            case "hasChildren" where treeChildren != nil: .flag(!treeChildren!.isEmpty)
            default: item.templateValue(named: name)
            }
        }
    }

    /// An open entry's children, as its tree shows them on the page: made only when a template
    /// reads them (the sidebar's template reads `childrenHTML`, rendered from the tree's lists).
    private final class TreeChildren {
        private let tree: OutlineTree
        private let shown: OutlineTree.ShownList
        private let page: OutlineTree.Page
        private(set) lazy var items = tree.items(shown, page: page)

        init(tree: OutlineTree, shown: OutlineTree.ShownList, page: OutlineTree.Page) {
            self.tree = tree
            self.shown = shown
            self.page = page
        }

        /// A list with entries shows at least one of them.
        var isEmpty: Bool { shown.count == 0 }
    }
}

/// `outlineHTML`: the page's outline, rendered only when a template reads it (the print page's
/// chapters and many editors' templates never do).
struct RenderedOutline: Sendable, MustacheCustomRenderable {
    let outline: PageOutlineItems
    let site: SiteValues
    let renderer: OutlineRenderer

    init(outline: PageOutlineItems, site: SiteValues, renderer: OutlineRenderer) {
        self.outline = outline
        self.site = site
        self.renderer = renderer
    }

    init(items: [OutlineItem], site: SiteValues, renderer: OutlineRenderer) {
        self.init(outline: .items(items), site: site, renderer: renderer)
    }

    var renderText: String {
        switch outline {
        case .items(let items): renderer.html(for: items, site: site)
        case .tree(let tree, let page): renderer.html(for: page, in: tree, site: site)
        }
    }

    var isNull: Bool { false }
}
