@testable import HandbookBuild
import HandbookModel
import TestSupport
import Testing

/// Links resolved on bytes (`ASCIIFolder`, `LinkTargetTable`) find what resolving and looking
/// up `SitePath`s, which compare as Strings, finds.
@Suite struct LinkTargetTableTests {
    /// Paths resolve on bytes as `SitePath.resolving` resolves them, `..` above the top included.
    @Test func asciiPathsResolveAsSitePathsDo() {
        let pieces = ["..", ".", "a", "b.md", "/", "/", "c", "x.MD", ".md"]
        var generator = SeededGenerator(seed: 7)
        var resolved: [UInt8] = []
        for origin in ["index.md", "a/b.md", "a/b/c.md", "a/b/c/d/e.md", "a//b/c.md", "/a/b.md", "a/b//c.md"] {
            let folder = ASCIIFolder(of: SitePath(origin))!
            for _ in 0..<1500 {
                let relative = (0..<Int.random(in: 0...7, using: &generator))
                    .map { _ in pieces.randomElement(using: &generator)! }.joined()
                guard !relative.hasPrefix("/") else { continue }
                let isInside = Array(relative.utf8).withUnsafeBufferPointer { folder.resolve($0, into: &resolved) }
                let expected = SitePath(origin).resolving(relative)
                #expect((isInside ? String(decoding: resolved, as: UTF8.self) : nil) == expected?.rawValue, "\(origin) \(relative)")
                if let expected {
                    #expect(resolved.withUnsafeBufferPointer(ASCIIFolder.isPage) == LinkTargetTable.isPage(expected), "\(expected)")
                }
            }
        }
        #expect(ASCIIFolder(of: "caf\u{E9}/a.md") == nil)
    }

    @Test func markdownFilesAreToldOnBytesAsByTheirExtension() {
        for path in ["a.md", "a.MD", "b/a.mD", ".md", "b/.md", "md", "a.mdx", "a.m", "", "a..md", "a.md.txt", "x/y.Md"] {
            let isPage = Array(path.utf8).withUnsafeBufferPointer(ASCIIFolder.isPage)
            #expect(isPage == LinkTargetTable.isPage(SitePath(path)), "\(path)")
        }
    }

    /// A Kelvin sign `K` equals `K` as a String: an ASCII link finds the page or file spelled
    /// with it, and a percent-encoded or decomposed spelling finds what its String equals.
    @Test func linksFindPathsByStringEquality() {
        let result = Self.build(home: "[k](\(Self.kelvin)#kelvin) [K](Kelvin.md#kelvin) [c](caf%C3%A9.md#%C3%A9t%C3%A9) "
                                    + "[d](cafe%CC%81.md) [x](sub/../Kelvin.md) [i](img/K.png) [j](img/%E2%84%AA.png#f)\n")
        #expect(result.diagnostics == [])
        guard let html = result.text(of: "index.html") else {
            Issue.record("no home page")
            return
        }
        for link in ["<a href=\"/h/%E2%84%AAelvin/#kelvin\">k</a>", "<a href=\"/h/%E2%84%AAelvin/#kelvin\">K</a>",
                     "<a href=\"/h/caf%C3%A9/#%C3%A9t%C3%A9\">c</a>", "<a href=\"/h/caf%C3%A9/\">d</a>",
                     "<a href=\"/h/%E2%84%AAelvin/\">x</a>", "<a href=\"/h/img/K.png\">i</a>",
                     "<a href=\"/h/img/%E2%84%AA.png#f\">j</a>"] {
            #expect(html.contains(link), "\(link)")
        }
    }

    /// Broken links found on bytes are reported with the path as the link spells it.
    @Test func brokenLinksAreReportedAsTheLinkSpellsThem() {
        let result = Self.build(home: "[u](../index.md) [x](sub/../Kelvin.md#nope) [m](img/k.png)\n",
                                kelvinPage: "[up](./sub/../../index.md) [a](caf%C3%A9.md#%C3%A9t%C3%A9) [b](caf\u{E9}.md#ete)\n",
                                cafePage: "[back](index.md#nope2) [k](Kelvin.md)\n")
        #expect(result.diagnostics.map(\.description) == [
            "content/\(Self.kelvin):8:1: error: the link './sub/../../index.md' points outside 'content/'",
            "content/\(Self.kelvin):8:60: error: 'caf\u{E9}.md' has no heading or anchor '#ete' (did you mean '\u{E9}t\u{E9}'?)",
            "content/caf\u{E9}.md:8:1: error: 'index.md' has no heading or anchor '#nope2'",
            "content/index.md:6:1: error: the link '../index.md' points outside 'content/'",
            "content/index.md:6:18: error: 'Kelvin.md' has no heading or anchor '#nope'",
            "content/index.md:6:45: error: the link points to 'img/k.png', which does not exist",
        ])
        // The page is named by the link's spelling, in ASCII.
        #expect(result.diagnostics.contains { $0.description.unicodeScalars.elementsEqual("content/index.md:6:18: error: 'Kelvin.md' has no heading or anchor '#nope'".unicodeScalars) })
    }

    private static let kelvin = "\u{212A}elvin.md"

    /// A site of a home page, a page named with a Kelvin sign, a page `café.md` and an image
    /// named with a Kelvin sign, built in memory.
    private static func build(home: String, kelvinPage: String = "\n", cafePage: String = "\n") -> BuildResult {
        let frontMatter = "---\ntitle: P\ndescription: d\nreviewed: 2026-01-01\n---\n"
        return MemorySite.build([
            "/s/content/SUMMARY.md": "- [Home](index.md)\n- [K](\(kelvin))\n- [C](caf\u{E9}.md)\n",
            "/s/content/index.md": frontMatter + home,
            "/s/content/" + kelvin: frontMatter + "## Kelvin\n\n" + kelvinPage,
            "/s/content/caf\u{E9}.md": frontMatter + "## \u{C9}t\u{E9}\n\n" + cafePage,
            "/s/content/img/\u{212A}.png": "x",
        ], baseURL: "https://e.org/h/")
    }
}

/// The pages that use a term or source, kept as a list.
@Suite struct PageSetTests {
    @Test func pagesAreAddedAndTakenAwayAsInASet() {
        var pages: PageSet = ["a.md", "b.md"]
        pages.insert("c.md")
        pages.remove(["a.md", "x.md"])
        #expect(Set(pages) == ["b.md", "c.md"])
        #expect(pages.count == 2 && pages.contains("c.md") && !pages.contains("a.md"))
        pages.remove(["b.md", "c.md"])
        #expect(pages.isEmpty)
    }
}
