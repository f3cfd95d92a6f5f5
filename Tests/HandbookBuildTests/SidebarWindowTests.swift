@testable import HandbookBuild
import HandbookModel
import Testing

/// The sidebar shows at most `sidebar_window` entries of each list, around the open entry, with a
/// link to the contents page where it cuts a list: a page's sidebar does not grow with the site.
@Suite struct SidebarWindowTests {
    /// `parts` top-level entries `p1/index.md`…, each with `pages` pages `p1/1.md`…; the first
    /// part's first page has `pages` pages of its own, `p1/1/1.md`….
    static func navigation(parts: Int, pages: Int) -> Navigation {
        func node(_ source: String, _ children: [Navigation.Node] = []) -> Navigation.Node {
            Navigation.Node(title: "Title of " + source, source: SitePath(source), children: children)
        }
        return Navigation(roots: (1...parts).map { part in
            node("p\(part)/index.md", (1...pages).map { page in
                let deeper = part == 1 && page == 1 ? (1...pages).map { node("p1/1/\($0).md") } : []
                return node("p\(part)/\(page).md", deeper)
            })
        })
    }

    static func tree(_ navigation: Navigation, window: Int, showsEverything: Bool = false) -> OutlineTree {
        OutlineTree(navigation: navigation, showsEverything: showsEverything, window: window,
                    url: { "/" + $0.rawValue }) { parent in
            .more(title: "All \(parent?.children.count ?? navigation.roots.count) under \(parent?.title ?? "the top")",
                  url: "/contents/#" + (parent?.source.rawValue ?? ""))
        }
    }

    static func items(_ tree: OutlineTree, _ navigation: Navigation, current: SitePath?) -> [OutlineItem] {
        tree.items(current: current, ancestors: current.flatMap { navigation.ancestors[$0] } ?? [])
    }

    /// The titles of a list, `more` for the link to the contents page.
    static func titles(_ items: [OutlineItem]) -> [String] {
        items.map { $0.isMore ? "more" : String($0.title.dropFirst("Title of ".count)) }
    }

    @Test func theWindowKeepsTheOpenEntryNearestTheMiddle() {
        #expect(OutlineTree.window(count: 10, size: 5, around: 0) == 0..<5)
        #expect(OutlineTree.window(count: 10, size: 5, around: 1) == 0..<5)
        #expect(OutlineTree.window(count: 10, size: 5, around: 4) == 2..<7)
        #expect(OutlineTree.window(count: 10, size: 5, around: 8) == 5..<10)
        #expect(OutlineTree.window(count: 10, size: 5, around: 9) == 5..<10)
        #expect(OutlineTree.window(count: 10, size: 6, around: 5) == 2..<8)
        #expect(OutlineTree.window(count: 10, size: 5, around: nil) == 0..<5)
        #expect(OutlineTree.window(count: 5, size: 5, around: 4) == 0..<5)
        #expect(OutlineTree.window(count: 3, size: 24, around: nil) == 0..<3)
    }

    @Test func aListCutAtTheStartEndsWithTheLinkToTheContents() {
        let navigation = Self.navigation(parts: 9, pages: 9)
        let items = Self.items(Self.tree(navigation, window: 5), navigation, current: "p1/index.md")
        #expect(Self.titles(items) == ["p1/index.md", "p2/index.md", "p3/index.md", "p4/index.md", "p5/index.md", "more"])
        #expect(items[5].url == "/contents/#" && items[5].title == "All 9 under the top")
        #expect(items[0].isCurrent && items[0].isOpen)
        #expect(Self.titles(items[0].children) == ["p1/1.md", "p1/2.md", "p1/3.md", "p1/4.md", "p1/5.md", "more"])
        #expect(items[0].children[5].url == "/contents/#p1/index.md")
        #expect(items[0].children.allSatisfy { $0.isClosed && $0.children.isEmpty })
    }

    @Test func aListCutOnBothSidesHasTheLinkAtEachEnd() {
        let navigation = Self.navigation(parts: 9, pages: 9)
        let items = Self.items(Self.tree(navigation, window: 5), navigation, current: "p5/6.md")
        #expect(Self.titles(items) == ["more", "p3/index.md", "p4/index.md", "p5/index.md", "p6/index.md", "p7/index.md", "more"])
        #expect(items[3].isOpen && !items[3].isCurrent)
        #expect(Self.titles(items[3].children) == ["more", "p5/4.md", "p5/5.md", "p5/6.md", "p5/7.md", "p5/8.md", "more"])
        #expect(items[3].children[3].isCurrent)
    }

    @Test func aListCutAtTheEndStartsWithTheLinkToTheContents() {
        let navigation = Self.navigation(parts: 9, pages: 9)
        let items = Self.items(Self.tree(navigation, window: 5), navigation, current: "p9/8.md")
        #expect(Self.titles(items) == ["more", "p5/index.md", "p6/index.md", "p7/index.md", "p8/index.md", "p9/index.md"])
        #expect(Self.titles(items[5].children) == ["more", "p9/5.md", "p9/6.md", "p9/7.md", "p9/8.md", "p9/9.md"])
    }

    @Test func everyLevelOfTheBranchHasItsOwnWindow() {
        let navigation = Self.navigation(parts: 9, pages: 9)
        let items = Self.items(Self.tree(navigation, window: 5), navigation, current: "p1/1/7.md")
        let page = items[0].children[0]
        #expect(page.isOpen && !page.isCurrent && page.title == "Title of p1/1.md")
        #expect(Self.titles(page.children) == ["more", "p1/1/5.md", "p1/1/6.md", "p1/1/7.md", "p1/1/8.md", "p1/1/9.md"])
        #expect(page.children[0].url == "/contents/#p1/1.md")
    }

    /// With nothing open (the 404 page, the contents page), and in a full outline's closed
    /// entries, a list shows its first entries.
    @Test func aListWithNothingOpenShowsItsFirstEntries() {
        let navigation = Self.navigation(parts: 9, pages: 9)
        let closed = Self.items(Self.tree(navigation, window: 5, showsEverything: true), navigation, current: nil)
        #expect(Self.titles(closed) == ["p1/index.md", "p2/index.md", "p3/index.md", "p4/index.md", "p5/index.md", "more"])
        #expect(Self.titles(closed[1].children) == ["p2/1.md", "p2/2.md", "p2/3.md", "p2/4.md", "p2/5.md", "more"])
        #expect(Self.titles(closed[0].children[0].children).count == 6)
        let open = Self.items(Self.tree(navigation, window: 5, showsEverything: true), navigation, current: "p2/9.md")
        #expect(Self.titles(open[2].children) == Self.titles(closed[2].children), "a closed part is the same on every page")
        #expect(Self.titles(open[1].children) == ["more", "p2/5.md", "p2/6.md", "p2/7.md", "p2/8.md", "p2/9.md"])
    }

    @Test func listsNoLongerThanTheWindowAreWhole() {
        let navigation = Self.navigation(parts: 5, pages: 5)
        for current in [nil] + navigation.order {
            let items = Self.items(Self.tree(navigation, window: 5, showsEverything: true), navigation, current: current)
            #expect(items == Self.items(Self.tree(navigation, window: .max, showsEverything: true), navigation, current: current))
        }
    }

    /// The number of `<li>` on a rendered sidebar, which has the same depth in both outlines.
    static func renderedEntries(parts: Int, pages: Int, current: SitePath) -> Int {
        let navigation = navigation(parts: parts, pages: pages)
        let templates = OutlineRenderingTests.templates(OutlineRenderingTests.repositoryTemplates)
        let items = items(tree(navigation, window: 24), navigation, current: current)
        let html = templates.render(OutlineRenderingTests.values(basePath: "/", outline: items), with: "page")
        return html.components(separatedBy: "<li").count - 1
    }

    @Test func aPagesSidebarDoesNotGrowWithTheNumberOfParts() {
        let small = Self.renderedEntries(parts: 30, pages: 40, current: "p15/20.md")
        #expect(small == 24 + 2 + 24 + 2)
        #expect(Self.renderedEntries(parts: 300, pages: 40, current: "p150/20.md") == small)
        #expect(Self.renderedEntries(parts: 30, pages: 400, current: "p15/200.md") == small)
    }

    @Test func theLinkToTheContentsIsWrittenWithItsOwnClassAndEscaped() {
        let templates = OutlineRenderingTests.templates(OutlineRenderingTests.repositoryTemplates)
        let items = [OutlineItem(title: "A", url: "/a/", isCurrent: false, isOpen: false, children: []),
                     .more(title: "All 9 pages in “Sleep & <naps>”", url: "/contents/#c-a&b")]
        let html = templates.render(OutlineRenderingTests.values(basePath: "/", outline: items), with: "page")
        #expect(html.contains("<li><a href=\"/a/\">A</a></li>\n<li class=\"outline-more\"><a href=\"/contents/#c-a&amp;b\">"
            + "All 9 pages in “Sleep &amp; &lt;naps&gt;”</a></li>\n  </ul>"))
    }

    @Test func theWindowIsReadFromTheConfiguration() {
        let parse = ConfigurationParser.parseWithTitleAndBaseURL
        #expect(parse("").0?.sidebarWindow == 24)
        #expect(parse("sidebar_window: 5\n").0?.sidebarWindow == 5)
        #expect(parse("sidebar_window: 40\n").1 == [])
        #expect(parse("sidebar_window: 4\n").1.map(\.description)
            == ["handbook.yml:3:1: error: 'sidebar_window' must be a whole number of entries, 5 or more"])
        #expect(parse("sidebar_window: 7.5\n").1.map(\.code) == [.invalidConfig])
        #expect(parse("sidebar_window: -10\n").1.map(\.code) == [.invalidConfig])
        #expect(parse("sidebar_window: many\n").1.map(\.code) == [.wrongType])
    }
}
