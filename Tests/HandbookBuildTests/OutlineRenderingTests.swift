import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// `outlineHTML` renders the outline entry by entry and reuses closed entries between pages: it
/// must give exactly what the recursive `{{#outline}}{{> outline}}{{/outline}}` gives.
@Suite struct OutlineRenderingTests {
    /// The handbook's sidebar and outline templates before `outlineHTML`, recursing in Mustache.
    static let recursiveTemplates = [
        "sidebar": """
            <nav class="sidebar" id="site-nav" aria-label="Handbook">
              <p class="sidebar-title" aria-hidden="true">Handbook contents</p>
              <ul class="outline">
            {{#outline}}
            {{> outline}}
            {{/outline}}
              </ul>
            </nav>

            """,
        "outline": """
            <li{{#isOpen}} class="is-open"{{/isOpen}}><a href="{{url}}"{{#isCurrent}} aria-current="page"{{/isCurrent}}>{{title}}</a>{{#hasChildren}}<ul>
            {{#children}}
            {{> outline}}
            {{/children}}
            </ul>{{/hasChildren}}</li>

            """,
    ]

    /// The repository's own `sidebar` and `outline`, which use `outlineHTML`.
    static var repositoryTemplates: [String: String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../templates").standardized.path
        return ["sidebar", "outline"].reduce(into: [:]) { templates, name in
            templates[name] = try! String(contentsOfFile: folder + "/\(name).mustache", encoding: .utf8)
        }
    }

    static func templates(_ partials: [String: String]) -> TemplateSet {
        var files = partials.mapValues { SourceFile(displayPath: "templates/x.mustache", text: $0) }
        files["page"] = SourceFile(displayPath: "templates/page.mustache", text: "{{> sidebar}}")
        files["not-found"] = SourceFile(displayPath: "templates/not-found.mustache", text: "")
        let (templates, diagnostics) = TemplateSet.load(files)
        #expect(diagnostics == [])
        return templates!
    }

    /// Three levels, with titles that need escaping and that are not ASCII.
    static let navigation: Navigation = {
        func node(_ source: SitePath, _ title: String, _ children: [Navigation.Node] = []) -> Navigation.Node {
            Navigation.Node(title: title, source: source, children: children)
        }
        return Navigation(roots: [
            node("index.md", "Home"),
            node("a/index.md", "Sleep & <naps>", [
                node("a/one.md", "“Quoted” and 'single' \"double\""),
                node("a/two.md", "Crèche, 保育園 and 👶", [node("a/two/deep.md", "Deep > deeper")]),
                node("a/three.md", "Three"),
            ]),
            node("b/index.md", "Feeding", [node("b/one.md", "Bottles")]),
        ])
    }()

    static func outlines(showsEverything: Bool) -> [(current: SitePath?, items: [OutlineItem])] {
        let tree = OutlineTree(navigation: navigation, showsEverything: showsEverything) { "/" + $0.rawValue + "/" }
        let pages: [SitePath?] = [nil] + navigation.order + navigation.order.reversed()
        return pages.map { current in
            (current, tree.items(current: current, ancestors: current.flatMap { navigation.ancestors[$0] } ?? []))
        }
    }

    static func values(basePath: String, outline: [OutlineItem]) -> PageValues {
        PageValues(site: SiteValues(title: "Handbook", language: "en", basePath: basePath, baseURL: "https://example.org" + basePath),
                   page: PageFacts(title: "Page", description: "", url: basePath, isHome: false), outline: outline)
    }

    @Test(arguments: [true, false])
    func itemByItemGivesWhatTheRecursiveTemplatesGive(showsEverything: Bool) {
        let recursive = Self.templates(Self.recursiveTemplates)
        let itemByItem = Self.templates(Self.repositoryTemplates)
        for (current, items) in Self.outlines(showsEverything: showsEverything) {
            let context = Self.values(basePath: "/", outline: items)
            let expected = recursive.render(context, with: "page")
            #expect(itemByItem.render(context, with: "page") == expected, "current page \(current?.rawValue ?? "none")")
        }
    }

    @Test func closedEntriesShowTheirChildrenOnlyInAFullOutline() {
        let full = Self.outlines(showsEverything: true)[0].items
        let collapsed = Self.outlines(showsEverything: false)[0].items
        #expect(full[1].children.count == 3 && full[1].children[1].children.count == 1)
        #expect(collapsed.allSatisfy { $0.children.isEmpty && $0.isClosed })
        let deep = Self.outlines(showsEverything: false).first { $0.current == "a/two/deep.md" }!.items
        #expect(deep[1].isOpen && !deep[1].isCurrent && deep[1].children[1].isOpen)
        #expect(deep[1].children[1].children[0].isCurrent && deep[2].isClosed)
    }

    /// The `outline` template sees `site` when the build renders an entry, and a memo made with
    /// other `site` values is not reused.
    @Test func entriesAreRememberedPerSiteValues() {
        let templates = Self.templates(["sidebar": "{{{outlineHTML}}}", "outline": "{{site.basePath}}{{url}};"])
        let items = Self.outlines(showsEverything: false)[0].items
        #expect(templates.render(Self.values(basePath: "/x", outline: items), with: "page")
            == "/x/index.md/;/x/a/index.md/;/x/b/index.md/;")
        #expect(templates.render(Self.values(basePath: "/y", outline: items), with: "page")
            == "/y/index.md/;/y/a/index.md/;/y/b/index.md/;")
    }

    /// The memo finds an entry by its number in its tree, but trusts only an equal entry: two
    /// outlines numbered alike, or entries made by hand, rendered through one set of templates
    /// give what a fresh set gives.
    @Test func entriesOfAnotherTreeNumberedAlikeAreNotMistaken() {
        let templates = Self.templates(["sidebar": "{{{outlineHTML}}}", "outline": "{{title}}={{url}};"])
        let first = OutlineTree(navigation: Self.navigation, showsEverything: true) { "/one/" + $0.rawValue }
        let second = OutlineTree(navigation: Self.navigation, showsEverything: true) { "/two/" + $0.rawValue }
        let byHand = [OutlineItem(title: "Home", url: "/hand/", isCurrent: false, isOpen: false, children: [])]
        let outlines = [first.items(current: nil, ancestors: []), second.items(current: nil, ancestors: []), byHand,
                        first.items(current: nil, ancestors: [])]
        #expect(outlines[0][0].number == outlines[1][0].number)
        for items in outlines {
            let values = Self.values(basePath: "/", outline: items)
            #expect(templates.render(values, with: "page") == Self.templates(["sidebar": "{{{outlineHTML}}}",
                                                                             "outline": "{{title}}={{url}};"]).render(values, with: "page"))
        }
        #expect(templates.render(Self.values(basePath: "/", outline: outlines[1]), with: "page").hasPrefix("Home=/two/index.md;"))
    }

    @Test func outlineHTMLWithoutAnOutlineTemplateIsAMissingPartial() {
        let files = ["page": SourceFile(displayPath: "templates/page.mustache", text: "<ul>\n  {{{ outlineHTML }}}</ul>"),
                     "not-found": SourceFile(displayPath: "templates/not-found.mustache", text: "{{! outlineHTML }}")]
        let (templates, diagnostics) = TemplateSet.load(files)
        #expect(templates == nil)
        #expect(diagnostics.map(\.message) == [
            "the template uses the partial 'outline' (through outlineHTML), but 'templates/outline.mustache' does not exist",
        ])
        #expect(diagnostics.first?.location == SourceLocation(file: "templates/page.mustache", line: 2, column: 3))
    }
}
