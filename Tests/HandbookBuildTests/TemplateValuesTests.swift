import Foundation
@testable import HandbookBuild
import HandbookModel
import Mustache
import Testing

/// The values the templates read answer lookups themselves instead of being dictionaries: a
/// template must render the same from them as from the dictionaries the build used to make.
@Suite struct TemplateValuesTests {
    static func templates(_ files: [String: String]) -> TemplateSet {
        var sources = files.mapValues { SourceFile(displayPath: "templates/x.mustache", text: $0) }
        sources["not-found"] = sources["not-found"] ?? SourceFile(displayPath: "templates/not-found.mustache", text: "")
        let (templates, diagnostics) = TemplateSet.load(sources)
        #expect(diagnostics == [])
        return templates!
    }

    static let site = SiteValues(title: "Tom & Jerry’s", language: "en", basePath: "/h/", baseURL: "https://example.org/h/")

    /// A content page with every key, `h3` headings without children of their own, a previous
    /// page and no next one.
    static let contentPage: PageValues = {
        var values = PageValues(
            site: site,
            page: PageFacts(title: "Sleep <and> naps", description: "About \"sleep\"", url: "/h/sleep/",
                            canonicalURL: "https://example.org/h/sleep/", reviewed: "2026-01-02",
                            reviewedText: "2 January 2026", isHome: false, content: "<p>Body</p>"),
            outline: [],
            contents: PageValues.Contents(
                toc: [TocEntry(id: "a", text: "A", children: [TocEntry(id: "a1", text: "A & 1")]),
                      TocEntry(id: "b", text: "B", children: [])],
                breadcrumbs: [PageLink(title: "Part", url: "/h/part/")],
                previous: PageLink(title: "Before", url: "/h/before/"), next: nil,
                references: [ReferenceItem(number: 1, key: "k1", entry: "<em>E</em>", locators: "p. 3", hasLocators: true),
                             ReferenceItem(number: 2, key: "k2", entry: "F", locators: "", hasLocators: false)]))
        values.hasGlossary = false
        return values
    }()

    /// `contentPage` as the dictionaries the build made before.
    static var contentPageDictionary: [String: Any] { [
        "site": ["title": "Tom & Jerry’s", "language": "en", "basePath": "/h/", "baseURL": "https://example.org/h/"],
        "page": ["title": "Sleep <and> naps", "description": "About \"sleep\"", "url": "/h/sleep/",
                 "canonicalURL": "https://example.org/h/sleep/", "reviewed": "2026-01-02",
                 "reviewedText": "2 January 2026", "isHome": false, "content": "<p>Body</p>"] as [String: Any],
        "outline": [OutlineItem](),
        "toc": [["id": "a", "text": "A", "children": [["id": "a1", "text": "A & 1"]]] as [String: Any],
                ["id": "b", "text": "B", "children": [[String: Any]]()]],
        "hasToc": true,
        "breadcrumbs": [["title": "Part", "url": "/h/part/"]], "hasBreadcrumbs": true,
        "previous": ["title": "Before", "url": "/h/before/"],
        "references": [["number": 1, "key": "k1", "entry": "<em>E</em>", "locators": "p. 3", "hasLocators": true],
                       ["number": 2, "key": "k2", "entry": "F", "locators": "", "hasLocators": false]] as [[String: Any]],
        "hasReferences": true,
        "hasGlossary": false,
    ] }

    /// Every key, as variables, sections and inverted sections, with dotted names, names an
    /// entry does not have (found further out) and names no value has.
    static let everyKey = """
        {{site.title}}|{{site.language}}|{{site.basePath}}|{{site.baseURL}}|{{page.title}}|{{page.description}}
        {{page.url}}|{{page.canonicalURL}}|{{page.reviewed}}|{{page.reviewedText}}|{{page.isHome}}|{{{page.content}}}
        {{#page.canonicalURL}}[{{page.title}}]{{/page.canonicalURL}}{{^page.canonicalURL}}no canonical{{/page.canonicalURL}}
        {{^page.isHome}}not home{{/page.isHome}}{{#page.reviewed}}{{.}}{{/page.reviewed}}{{^page.content}}no content{{/page.content}}
        {{hasToc}}{{#hasToc}}{{#toc}}({{id}} {{text}}{{#children}} <{{id}} {{text}} {{#children}}[{{id}}]{{/children}}>{{/children}}){{/toc}}{{/hasToc}}
        {{^toc}}no toc{{/toc}}{{hasBreadcrumbs}}{{#breadcrumbs}}{{title}} {{url}} {{page.title}}{{/breadcrumbs}}
        {{#previous}}{{title}} {{url}}{{#next}}next{{/next}}{{/previous}}{{^next}}no next{{/next}}{{next.title}}
        {{hasReferences}}{{#references}}{{number}} {{key}} {{{entry}}} {{locators}} {{hasLocators}}{{#hasLocators}}!{{/hasLocators}}{{/references}}
        {{hasGlossary}}{{^hasGlossary}}no glossary{{/hasGlossary}}{{glossary}}{{hasSources}}{{^sources}}no sources{{/sources}}{{chapters}}
        {{missing}}{{page.missing}}{{site.title.missing}}{{#outline}}x{{/outline}}{{^outline}}empty outline{{/outline}}
        """

    @Test func aContentPageReadsAsItsDictionariesDid() {
        let templates = Self.templates(["page": Self.everyKey])
        let expected = templates.library.render(Self.contentPageDictionary, withTemplate: "page")
        #expect(expected?.contains("[a1]") == true, "the h3 entries find the h2's children")
        #expect(templates.render(Self.contentPage, with: "page") == expected)
    }

    @Test func keysAPageDoesNotHaveAreAbsent() {
        let templates = Self.templates(["page": Self.everyKey])
        let values = PageValues(site: Self.site, page: PageFacts(title: "Page not found", description: "Gone", url: "/h/404.html",
                                                                 isHome: false),
                                outline: [])
        let dictionary: [String: Any] = [
            "site": Self.contentPageDictionary["site"]!, "outline": [OutlineItem](),
            "page": ["title": "Page not found", "description": "Gone", "url": "/h/404.html", "isHome": false] as [String: Any],
        ]
        let expected = templates.library.render(dictionary, withTemplate: "page")
        #expect(expected?.contains("no canonical") == true && expected?.contains("no toc") == true)
        #expect(templates.render(values, with: "page") == expected)
    }

    /// `PageValues` reads `page.…` and `site.…` itself (`TemplateParent.grandchild`), and as the
    /// segment-by-segment lookup does: a `page` it holds ends the lookup even when that lacks the
    /// later name, which an outer value has; names it has no shortcut for are found as before.
    @Test func shortcutLookupsEndWhereSegmentBySegmentLookupsDo() throws {
        let text = "{{#inner}}[{{page.extra}}|{{page.title}}|{{site.basePath}}|{{other.extra}}|{{page.title.x}}]{{/inner}}"
        let library = MustacheLibrary(templates: ["main": try MustacheTemplate(string: text)])
        let templates = TemplateLibrary(library: library, texts: ["main": text])
        let root: [String: Any] = ["page": ["extra": "outer"], "other": ["extra": "outer"], "inner": Self.contentPage]
        let expected = library.render(root, withTemplate: "main")
        #expect(expected == "[|Sleep &lt;and&gt; naps|/h/|outer|]")
        #expect(templates.renderCompiled(root, withTemplate: "main") == expected)
    }

    /// The repository's `page-link`, through `mentionsHTML` and `citedByHTML`, gives what the
    /// glossary's and the sources' `{{#mentions}}` loops gave.
    @Test func linkListsGiveWhatTheirLoopsGave() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../templates").standardized.path
        let pageLink = try String(contentsOfFile: folder + "/page-link.mustache", encoding: .utf8)
        let loop = ##"{{#mentions}}<a href="{{url}}">{{title}}</a>{{^isLast}}, {{/isLast}}{{/mentions}}"##
        let templates = Self.templates([
            "page": "{{#glossary}}{{{mentionsHTML}}}\n\(loop)\n{{/glossary}}{{#sources}}{{{citedByHTML}}}|{{/sources}}",
            "page-link": pageLink,
        ])
        let links = [PageLink(title: "Tom & “Jerry”", url: "/h/a/?x=1&y=2", isLast: false),
                     PageLink(title: "<b>", url: "/h/b/", isLast: false),
                     PageLink(title: "Last", url: "/h/c/", isLast: true)]
        var values = PageValues(site: Self.site, page: Self.contentPage.page, outline: [])
        values.glossary = [GlossaryItem(slug: "s", term: "T", aliases: [], definition: "",
                                        mentions: RenderedLinks(links: links, site: Self.site, renderer: templates.linkRenderer))]
        values.sources = [SourceItem(key: "k", entry: "", notes: "",
                                     citedBy: RenderedLinks(links: Array(links.suffix(1)), site: Self.site, renderer: templates.linkRenderer)),
                          SourceItem(key: "l", entry: "", notes: "",
                                     citedBy: RenderedLinks(links: links, site: Self.site, renderer: templates.linkRenderer))]
        let lines = templates.render(values, with: "page").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0] == lines[1])
        #expect(lines[0] == ##"<a href="/h/a/?x=1&amp;y=2">Tom &amp; “Jerry”</a>, <a href="/h/b/">&lt;b&gt;</a>, <a href="/h/c/">Last</a>"##)
        #expect(lines[2] == ##"<a href="/h/c/">Last</a>|"## + lines[0] + "|")
    }

    /// The `page-link` template sees `site`, and a link rendered with other `site` values is
    /// rendered again.
    @Test func linksAreRememberedPerSiteValues() {
        let templates = Self.templates(["page": "{{#glossary}}{{{mentionsHTML}}}{{/glossary}}", "page-link": "{{site.basePath}}{{url}};"])
        func render(basePath: String) -> String {
            let site = SiteValues(title: "T", language: "en", basePath: basePath, baseURL: "https://example.org" + basePath)
            var values = PageValues(site: site, page: Self.contentPage.page, outline: [])
            let links = [PageLink(title: "A", url: "a/", isLast: true)]
            values.glossary = [GlossaryItem(slug: "s", term: "T", aliases: [], definition: "",
                                            mentions: RenderedLinks(links: links, numbers: [0], site: site,
                                                                    renderer: templates.linkRenderer))]
            return templates.render(values, with: "page")
        }
        #expect(render(basePath: "/x/") == "/x/a/;")
        #expect(render(basePath: "/y/") == "/y/a/;")
        #expect(render(basePath: "/x/") == "/x/a/;")
    }

    /// A link is remembered by its number, but its rendering is used only for an equal link: a
    /// rebuild (or a list made by hand) may give the number to another link, or end the list
    /// elsewhere.
    @Test func linksAreRememberedByNumberForEqualLinksOnly() {
        let templates = Self.templates(["page": "{{#glossary}}{{{mentionsHTML}}}|{{/glossary}}",
                                        "page-link": "{{title}}{{^isLast}},{{/isLast}}"])
        func render(_ lists: [([PageLink], [Int]?)]) -> String {
            var values = PageValues(site: Self.site, page: Self.contentPage.page, outline: [])
            values.glossary = lists.map { links, numbers in
                GlossaryItem(slug: "s", term: "T", aliases: [], definition: "",
                             mentions: RenderedLinks(links: links, numbers: numbers, site: Self.site,
                                                     renderer: templates.linkRenderer))
            }
            return templates.render(values, with: "page")
        }
        let a = PageLink(title: "A", url: "/a/", isLast: false), b = PageLink(title: "B", url: "/b/", isLast: false)
        var lastA = a, lastB = b
        lastA.isLast = true
        lastB.isLast = true
        #expect(render([([a, lastB], [0, 1]), ([lastA], [0])]) == "A,B|A|")
        #expect(render([([b, lastA], [0, 1]), ([a, lastB], [0, 1])]) == "B,A|A,B|")
        #expect(render([([a, b, lastA], nil)]) == "A,B,A|")
    }

    @Test func linkListsWithoutAPageLinkTemplateAreAMissingPartial() {
        let files = ["page": SourceFile(displayPath: "templates/page.mustache", text: "{{#glossary}}\n {{{mentionsHTML}}}{{/glossary}}"),
                     "not-found": SourceFile(displayPath: "templates/not-found.mustache", text: "{{{ citedByHTML }}}")]
        let (templates, diagnostics) = TemplateSet.load(files)
        #expect(templates == nil)
        #expect(diagnostics.map(\.message) == [
            "the template uses the partial 'page-link' (through citedByHTML), but 'templates/page-link.mustache' does not exist",
            "the template uses the partial 'page-link' (through mentionsHTML), but 'templates/page-link.mustache' does not exist",
        ])
        #expect(diagnostics.last?.location == SourceLocation(file: "templates/page.mustache", line: 2, column: 2))
    }
}
