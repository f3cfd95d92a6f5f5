import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// A page or content file where the build writes a file of its own is an error at the page or
/// file, not a failure to write the site (or, worse, a page silently replaced).
@Suite struct ReservedAddressTests {
    @Test func pagesAndFilesCannotTakeTheBuildsOwnFiles() throws {
        let site = Fixtures.copyOfSite("basic")
        let content = site + "/content/"
        let page = "---\ntitle: Mine\ndescription: A page.\nreviewed: 2026-01-01\n---\n\nMine.\n"
        try page.write(toFile: content + "search.md", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: content + "print", withIntermediateDirectories: true)
        try page.write(toFile: content + "print/index.md", atomically: true, encoding: .utf8)
        let summary = try String(contentsOfFile: content + "SUMMARY.md", encoding: .utf8)
        try (summary + "- [Search tips](search.md)\n- [Printing](print/index.md)\n")
            .write(toFile: content + "SUMMARY.md", atomically: true, encoding: .utf8)
        for file in ["sitemap.xml", "robots.txt", "search-index.json", "404.html"] {
            try "mine".write(toFile: content + file, atomically: true, encoding: .utf8)
        }
        let asset = try #require(FileManager.default.contentsOfDirectory(atPath: site + "/templates/assets").sorted().first)
        try FileManager.default.createDirectory(atPath: content + "assets", withIntermediateDirectories: true)
        try "mine".write(toFile: content + "assets/" + asset, atomically: true, encoding: .utf8)

        let output = Fixtures.temporaryFolder() + "/public"
        let diagnostics = BuildPipeline().run(BuildOptions(root: site, output: output)).diagnostics
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "content/404.html: error: the file would be written to '/404.html', where the build writes its page for missing addresses: rename it",
            "content/assets/\(asset): error: the file would be written to '/assets/\(asset)', where the build writes a copy of 'templates/assets/\(asset)': rename it",
            "content/print/index.md:1:1: error: the page would be written to '/print/', where the build writes its print page: rename it",
            "content/robots.txt: error: the file would be written to '/robots.txt', where the build writes its robots.txt: rename it",
            "content/search-index.json: error: the file would be written to '/search-index.json', where the build writes its search index: rename it",
            "content/search.md:1:1: error: the page would be written to '/search/', where the build writes its search page: rename it",
            "content/sitemap.xml: error: the file would be written to '/sitemap.xml', where the build writes its sitemap: rename it",
        ])
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
