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

    /// Pages' links are checked as they are rendered, before the site-wide files are made,
    /// against the paths those files will have: the paths named ahead must be the ones written.
    @Test(arguments: [[], ["search"], ["print", "print-chapter"], ["print"], ["search", "print", "print-chapter"]])
    func siteWideFilesAreWhereTheRendererSaidTheyWouldBe(adding templates: [String]) throws {
        let site = Fixtures.copyOfSite("cross-references")
        let texts = ["search": SearchIndexWriterTests.searchTemplate, "print": PrintPageWriterTests.printTemplate,
                     "print-chapter": PrintPageWriterTests.chapterTemplate]
        for name in templates {
            try texts[name]!.write(toFile: site + "/templates/" + name + ".mustache", atomically: true, encoding: .utf8)
        }
        let state = SiteState.build(BuildOptions(root: site))
        let renderer = SiteRenderer(configuration: try #require(state.site.configuration), templates: try #require(state.templates),
                                    navigation: state.navigation, site: state.site, references: state.references)
        let pagesAndCopies = Set(state.site.pages.values.map(\.address.outputPath) + state.copiedFiles.map(\.path))
        let written = state.files.map(\.path).filter { !pagesAndCopies.contains($0) }
        #expect(renderer.siteFilePaths.sorted() == written.sorted())
        #expect(written.contains(PrintPageWriter.outputPath) == templates.contains("print-chapter"))
    }
}
