import HandbookBuild
import HandbookModel
import Testing

/// Links checked and rewritten through the whole pipeline on a site held in memory.
@Suite struct LinkResolverTests {
    private func build(_ pages: [String: String], base: String = "https://example.org/h/") -> BuildResult {
        var files: [String: String] = [
            "/s/content/SUMMARY.md": pages.keys.sorted().map { "- [\($0)](\($0))" }.joined(separator: "\n"),
        ]
        for (path, body) in pages {
            files["/s/content/" + path] = "---\ntitle: \(path)\ndescription: d\nreviewed: 2026-01-01\n---\n" + body
        }
        return MemorySite.build(files, baseURL: base)
    }

    private func html(_ result: BuildResult, _ path: String) -> String {
        result.text(of: path) ?? ""
    }

    @Test func rewritesLinksToMarkdownFilesAsPageURLs() {
        let result = build([
            "index.md": "[a](tips/play.md#peek-a-boo) [b](#top) [c](https://example.com/x.md)\n",
            "tips/play.md": "## Peek-a-boo\n\n[home](../index.md)\n",
        ])
        #expect(result.diagnostics == [])
        #expect(html(result, "index.html").contains("<a href=\"/h/tips/play/#peek-a-boo\">a</a>"))
        #expect(html(result, "index.html").contains("<a href=\"https://example.com/x.md\">c</a>"))
        #expect(html(result, "tips/play/index.html").contains("<a href=\"/h/\">home</a>"))
    }

    @Test func reportsBrokenLinksAnchorsAndEscapesAtTheLinkInTheSource() {
        let result = build([
            "index.md": "Some text\nand [gone](nope.md) then\n\n> quoted [bad](tips/play.md#nowhere)\n\n[up](../../etc/passwd) ![x](missing.png)\n",
            "tips/play.md": "## Somewhere\n",
        ])
        #expect(result.diagnostics.map(\.description) == [
            "content/index.md:7:5: error: the link points to 'nope.md', which does not exist",
            "content/index.md:9:10: error: 'tips/play.md' has no heading or anchor '#nowhere'",
            "content/index.md:11:1: error: the link '../../etc/passwd' points outside 'content/'",
            "content/index.md:11:24: error: the image points to 'missing.png', which does not exist",
        ])
    }

    /// A full build learns a page's anchors when it links the page, batch by batch: a link to an
    /// anchor of a page in a later batch (as of one in an earlier batch) is checked once every
    /// page is linked, and must be reported as the link stage reports it.
    @Test func brokenAnchorsOnPagesOfLaterBatchesAreReportedAsOnEarlierOnes() {
        var pages = ["a-first.md": "## Somewhere\n\n[later](z-last.md#somwhere) [fine](z-last.md#somewhere)\n"]
        // More pages than a batch (256) between them, so the last page is linked after the first.
        for number in 0..<300 { pages["m-\(number).md"] = "Page \(number).\n" }
        pages["z-last.md"] = "## Somewhere\n\n[earlier](a-first.md#somwhere) [fine](a-first.md#somewhere)\n"
        let result = build(pages)
        #expect(result.diagnostics.map(\.description) == [
            "content/a-first.md:8:1: error: 'z-last.md' has no heading or anchor '#somwhere' (did you mean 'somewhere'?)",
            "content/z-last.md:8:1: error: 'a-first.md' has no heading or anchor '#somwhere' (did you mean 'somewhere'?)",
        ])
        #expect(result.diagnostics.map(\.code) == [.brokenAnchor, .brokenAnchor])
    }

    @Test func aLinkToALeftOutDraftIsAnError() {
        var pages = ["index.md": "[d](draft.md)\n"]
        pages["draft.md"] = "x\n"
        let files: [String: String] = [
            "/s/handbook.yml": "title: T\nbase_url: https://e.org/\n",
            "/s/templates/page.mustache": "{{{page.content}}}",
            "/s/templates/not-found.mustache": "404",
            "/s/content/SUMMARY.md": "- [Home](index.md)\n- [Draft](draft.md)\n",
            "/s/content/index.md": "---\ntitle: H\ndescription: d\nreviewed: 2026-01-01\n---\n[d](draft.md)\n",
            "/s/content/draft.md": "---\ntitle: D\ndescription: d\nreviewed: 2026-01-01\ndraft: true\n---\nx\n",
        ]
        let result = BuildPipeline(fileSystem: .memory(files)).run(BuildOptions(root: "/s"))
        #expect(result.diagnostics.map(\.description) == [
            "content/index.md:6:1: error: the link points to 'draft.md', a draft left out of this build",
        ])
        let withDrafts = BuildPipeline(fileSystem: .memory(files)).run(BuildOptions(root: "/s", includeDrafts: true))
        #expect(withDrafts.diagnostics == [])
        #expect(withDrafts.pageCount == 2)
    }
}
