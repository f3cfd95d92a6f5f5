@testable import HandbookBuild
import HandbookModel
import Testing

/// A page's `outlineHTML` read from its place in the tree (runs of closed entries rendered once per
/// list, only the open entries rendered for the page) gives what its entries rendered one by one
/// give, on every page, whether the window cuts the lists or not, with templates that read an
/// open entry's children themselves.
@Suite struct OutlineRunsTests {
    /// An `outline` template that reads everything an entry has, its children included.
    static let readingEverything = [
        "sidebar": "{{{outlineHTML}}}|{{#outline}}{{title}};{{/outline}}",
        "outline": """
            <li{{#isOpen}} open{{/isOpen}}{{#isCurrent}} current{{/isCurrent}}{{#isMore}} more{{/isMore}}>\
            {{site.basePath}}{{url}} {{title}}{{#hasChildren}}[{{#children}}{{title}}{{#isOpen}}*{{/isOpen}},{{/children}}]\
            <ul>{{{childrenHTML}}}</ul>{{/hasChildren}}{{^hasChildren}}{{^children}}.{{/children}}{{/hasChildren}}</li>

            """,
    ]

    static func pages(_ navigation: Navigation) -> [OutlineTree.Page] {
        ([nil] + navigation.order).map { OutlineTree.Page(current: $0, ancestors: $0.flatMap { navigation.ancestors[$0] } ?? []) }
    }

    static func values(_ tree: OutlineTree, _ page: OutlineTree.Page, basePath: String = "/") -> PageValues {
        var values = OutlineRenderingTests.values(basePath: basePath, outline: [])
        values.outlineItems = .tree(tree, page)
        return values
    }

    @Test(arguments: [(2, false), (3, true), (4, false), (5, true), (100, false), (100, true)])
    func fromTheTreeAsFromTheEntries(window: Int, showsEverything: Bool) {
        let navigation = SidebarWindowTests.navigation(parts: 5, pages: 4)
        let tree = SidebarWindowTests.tree(navigation, window: window, showsEverything: showsEverything)
        for partials in [OutlineRenderingTests.repositoryTemplates, Self.readingEverything] {
            let fromTree = OutlineRenderingTests.templates(partials)
            for page in Self.pages(navigation) {
                let values = Self.values(tree, page)
                let entries = OutlineRenderingTests.values(basePath: "/", outline: values.outline)
                let expected = OutlineRenderingTests.templates(partials).render(entries, with: "page")
                #expect(fromTree.render(values, with: "page") == expected)
                #expect(fromTree.render(values, with: "page") == expected, "rendered again, from the runs")
            }
        }
    }

    @Test func theEntriesAreTheTreesItems() {
        let navigation = SidebarWindowTests.navigation(parts: 5, pages: 4)
        let tree = SidebarWindowTests.tree(navigation, window: 3)
        for current in [nil] + navigation.order {
            let ancestors = current.flatMap { navigation.ancestors[$0] } ?? []
            #expect(Self.values(tree, OutlineTree.Page(current: current, ancestors: ancestors)).outline
                == tree.items(current: current, ancestors: ancestors))
        }
    }

    /// The runs are kept for one tree and per `site` values: another tree numbered alike, and
    /// other `site` values, are rendered afresh.
    @Test func runsAreKeptPerTreeAndSiteValues() {
        let navigation = SidebarWindowTests.navigation(parts: 5, pages: 4)
        let one = SidebarWindowTests.tree(navigation, window: 3)
        let other = OutlineTree(navigation: navigation, showsEverything: false, window: 3, url: { "/other/" + $0.rawValue })
        let templates = OutlineRenderingTests.templates(Self.readingEverything)
        let page = Self.pages(navigation)[7]
        for (tree, basePath) in [(one, "/"), (other, "/"), (other, "/x/"), (one, "/x/"), (one, "/")] {
            let expected = OutlineRenderingTests.templates(Self.readingEverything).render(Self.values(tree, page, basePath: basePath),
                                                                                         with: "page")
            #expect(templates.render(Self.values(tree, page, basePath: basePath), with: "page") == expected)
        }
    }
}
