import HandbookBuild
import HandbookModel
import Testing

@Suite struct ValueTests {
    @Test(arguments: [("2026-11-23", true), ("2024-02-29", true), ("2023-02-29", false), ("2026-13-01", false),
                      ("26-11-23", false), ("2026-1-02", false), ("", false)])
    func reviewDates(text: String, valid: Bool) {
        #expect((ReviewDate(text) != nil) == valid)
    }

    @Test func reviewDateReadsAsText() {
        #expect(ReviewDate("2026-03-09")?.longText == "9 March 2026")
    }

    @Test func baseURLsKeepTheirPath() throws {
        let url = try #require(BaseURL("https://example.org/handbook"))
        #expect(url.path == "/handbook/")
        #expect(url.absolute("tips/") == "https://example.org/handbook/tips/")
        #expect(BaseURL("https://example.org")?.path == "/")
        #expect(BaseURL("example.org") == nil)
        #expect(BaseURL("ftp://example.org/") == nil)
    }

    @Test func sitePathsResolveRelativeLinks() {
        let page = SitePath("tips/play.md")
        #expect(page.resolving("../index.md") == "index.md")
        #expect(page.resolving("./sleep.md") == "tips/sleep.md")
        #expect(page.resolving("../../x.md") == nil)
    }

    @Test func pagesGetPrettyAddresses() {
        #expect(PageAddress(source: "index.md").outputPath == "index.html")
        #expect(PageAddress(source: "tips/index.md").urlPath == "tips/")
        #expect(PageAddress(source: "tips/play.md").outputPath == "tips/play/index.html")
        #expect(PageAddress(source: "tips/my page.md").href(basePath: "/h/", fragment: "a b") == "/h/tips/my%20page/#a%20b")
    }
}
