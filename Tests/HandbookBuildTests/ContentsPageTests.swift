import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// The generated `/contents/` page: the whole outline, where the sidebar's links for cut lists lead.
@Suite struct ContentsPageTests {
    /// The `basic` fixture with `parts` parts of `pages` pages each after its own pages, a
    /// `sidebar_window` of `window`, and a sidebar written through `outlineHTML`.
    static func siteWithParts(_ parts: Int, pages: Int, window: Int) throws -> String {
        let site = Fixtures.copyOfSite("basic")
        var summary = try String(contentsOfFile: site + "/content/SUMMARY.md", encoding: .utf8)
        func write(_ text: String, _ path: String) throws {
            try text.write(toFile: site + "/" + path, atomically: true, encoding: .utf8)
        }
        func page(_ title: String) -> String {
            "---\ntitle: \(title)\ndescription: A page.\nreviewed: 2026-01-0\(1 + title.count % 9)\n---\n\nA short page.\n"
        }
        for part in 1...parts {
            try FileManager.default.createDirectory(atPath: site + "/content/part-\(part)", withIntermediateDirectories: true)
            try write(page("Part \(part)"), "content/part-\(part)/index.md")
            summary += "- [Part \(part)](part-\(part)/index.md)\n"
            for number in 1...pages {
                try write(page("Page \(number) of part \(part)"), "content/part-\(part)/page-\(number).md")
                summary += "  - [Page \(number) of part \(part)](part-\(part)/page-\(number).md)\n"
            }
        }
        try write(summary, "content/SUMMARY.md")
        let configuration = try String(contentsOfFile: site + "/handbook.yml", encoding: .utf8)
        try write(configuration + "sidebar_window: \(window)\n", "handbook.yml")
        try write("<nav><ul>\n{{{outlineHTML}}}</ul></nav>", "templates/nav.mustache")
        try write(OutlineRenderingTests.repositoryTemplates["outline"]!, "templates/outline.mustache")
        return site
    }

    /// The values of the attribute `name` in `html`, in order.
    static func attributes(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    static func build(_ site: String) -> (output: String, diagnostics: [Diagnostic]) {
        let output = Fixtures.temporaryFolder() + "/public"
        return (output, BuildPipeline().run(BuildOptions(root: site, output: output)).diagnostics)
    }

    @Test func theContentsPageListsEveryEntryAndTheSidebarsLinksFindTheirPlace() throws {
        let (output, diagnostics) = Self.build(try Self.siteWithParts(12, pages: 9, window: 5))
        #expect(diagnostics == [])
        let contents = try String(contentsOfFile: output + "/contents/index.html", encoding: .utf8)
        #expect(contents.contains("<title>Contents · Test Handbook</title>"))
        #expect(contents.contains("<time datetime=\"2026-01-09\">"), "as recent as the most recent page")
        let start = try #require(contents.range(of: "<ul class=\"contents\">"))
        let list = String(contents[start.lowerBound...])
        let ids = Set(Self.attributes("id", in: list))
        #expect(ids.count == 3 + 12 * 10 && ids.contains("c-part-12/page-9") && ids.contains("c-"))
        let pages = Fixtures.tree(output).keys.filter { $0.hasSuffix("index.html") && !$0.hasPrefix("contents/") }
        #expect(pages.count == 3 + 12 * 10)
        for page in pages {
            let url = "/" + page.dropLast("index.html".count)
            #expect(Self.attributes("href", in: list).contains(url), "\(url) is on the contents page")
        }
        var links = 0
        for page in pages {
            let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
            for href in Self.attributes("href", in: html) where href.hasPrefix("/contents/") {
                links += 1
                let fragment = href.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init)
                #expect(fragment.map(ids.contains) ?? true, "\(page): \(href) has no place on the contents page")
            }
        }
        #expect(links > 2 * pages.count, "every page's sidebar cuts the top level and its part")
        let part = try String(contentsOfFile: output + "/part-6/page-5/index.html", encoding: .utf8)
        #expect(part.contains("<li class=\"outline-more\"><a href=\"/contents/#c-part-6\">All 9 pages in “Part 6”</a></li>"))
        #expect(part.contains("<li class=\"outline-more\"><a href=\"/contents/\">Full contents (all 123 pages)</a></li>"))
    }

    @Test func theContentsPageIsNeitherInTheSitemapNorInTheSearchIndex() throws {
        let site = try Self.siteWithParts(2, pages: 2, window: 5)
        try SearchIndexWriterTests.searchTemplate.write(toFile: site + "/templates/search.mustache", atomically: true, encoding: .utf8)
        let (output, diagnostics) = Self.build(site)
        #expect(diagnostics == [])
        let sitemap = try String(contentsOfFile: output + "/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("/part-2/page-2/") && !sitemap.contains("/contents/"))
        let index = try String(contentsOfFile: output + "/search-index.json", encoding: .utf8)
        #expect(index.contains("/part-2/page-2/") && !index.contains("/contents/"))
    }

    /// A site whose lists are all short has the page, but no other page links to it: such sites
    /// build as before it existed.
    @Test func noPageLinksToTheContentsWhenNoListIsCut() throws {
        let (output, diagnostics) = Self.build(Fixtures.site("basic"))
        #expect(diagnostics == [])
        let tree = Fixtures.tree(output)
        let contents = String(decoding: try #require(tree["contents/index.html"]), as: UTF8.self)
        #expect(contents.contains("""
            <ul class="contents">
              <li id="c-"><a href="/">Home</a></li>
              <li id="c-tips"><a href="/tips/">Tips</a>
                <ul>
                  <li id="c-tips/play"><a href="/tips/play/">Play</a></li>
                </ul>
              </li>
            </ul>
            """))
        for (path, data) in tree where path != "contents/index.html" {
            #expect(!String(decoding: data, as: UTF8.self).contains("contents/"), "\(path) links to the contents page")
        }
    }

    @Test func aContentPageCannotTakeTheContentsPagesAddress() throws {
        let site = Fixtures.copyOfSite("basic")
        let page = "---\ntitle: Mine\ndescription: A page.\nreviewed: 2026-01-01\n---\n\nMine.\n"
        try page.write(toFile: site + "/content/contents.md", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: site + "/content/Contents", withIntermediateDirectories: true)
        try page.write(toFile: site + "/content/Contents/index.md", atomically: true, encoding: .utf8)
        let summary = try String(contentsOfFile: site + "/content/SUMMARY.md", encoding: .utf8)
        try (summary + "- [Mine](contents.md)\n- [Also mine](Contents/index.md)\n")
            .write(toFile: site + "/content/SUMMARY.md", atomically: true, encoding: .utf8)
        let (_, diagnostics) = Self.build(site)
        #expect(diagnostics.map(\.description) == [
            "content/Contents/index.md:1:1: error: the page would be written to '/Contents/', which differs only in letter case from '/contents/', where the build writes its contents page: rename it, as they clash on hosts that ignore case",
            "content/contents.md:1:1: error: the page would be written to '/contents/', where the build writes its contents page: rename it",
        ])
    }

    @Test func aContentFileCannotTakeTheContentsPagesAddress() throws {
        let site = Fixtures.copyOfSite("basic")
        try FileManager.default.createDirectory(atPath: site + "/content/contents", withIntermediateDirectories: true)
        try "<p>Mine</p>".write(toFile: site + "/content/contents/index.html", atomically: true, encoding: .utf8)
        let (_, diagnostics) = Self.build(site)
        #expect(diagnostics.map(\.description) == [
            "content/contents/index.html: error: the file would be written to '/contents/index.html', where the build writes its contents page: rename it",
        ])
    }
}
