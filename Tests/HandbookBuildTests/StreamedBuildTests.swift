import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// `handbook build` writes each file as it is rendered and keeps none: what it writes must be
/// what a build that keeps its files (as `serve` does) writes, byte for byte.
@Suite struct StreamedBuildTests {
    @Test(arguments: ["basic", "cross-references", "cross-references with print and search"])
    func writesWhatABuildKeepingItsFilesHas(fixture: String) throws {
        let site = Fixtures.copyOfSite(String(fixture.prefix { $0 != " " }))
        if fixture.hasSuffix("with print and search") {
            let templates = site + "/templates/"
            try PrintPageWriterTests.printTemplate.write(toFile: templates + "print.mustache", atomically: true, encoding: .utf8)
            try PrintPageWriterTests.chapterTemplate.write(toFile: templates + "print-chapter.mustache", atomically: true, encoding: .utf8)
            try SearchIndexWriterTests.searchTemplate.write(toFile: templates + "search.mustache", atomically: true, encoding: .utf8)
        }
        let output = Fixtures.temporaryFolder() + "/public"
        let options = BuildOptions(root: site, output: output)
        let streamed = BuildPipeline().run(options)
        let kept = SiteState.build(options)
        #expect(streamed.succeeded)
        #expect(streamed.diagnostics == kept.diagnostics)
        #expect(streamed.pageCount == kept.pageCount)
        #expect(streamed.files.isEmpty, "a streamed build keeps no file")
        var expected: [String: Data] = [:]
        for file in kept.files {
            if case .copy(let source) = file.contents {
                expected[file.path.rawValue] = FileManager.default.contents(atPath: source)
            } else {
                expected[file.path.rawValue] = file.contents.data
            }
        }
        #expect(Fixtures.tree(output) == expected)
        #expect(expected["print/index.html"] != nil || !fixture.hasSuffix("search"))
    }

    @Test func aStateThatWritesAsItRendersKeepsNoPageBodyOrFile() throws {
        let output = Fixtures.temporaryFolder() + "/public"
        let staged = StagedSite(output: output)
        let state = SiteState.build(BuildOptions(root: Fixtures.site("cross-references"), output: output),
                                    fileSystem: .disk, writer: staged)
        #expect(state.diagnostics == [])
        #expect(state.pageFiles.isEmpty)
        #expect(state.chapters.isEmpty)
        #expect(state.printPage == nil)
        // Only the listing pages' bodies stay: an update may render them without linking them.
        #expect(Set(state.bodies.keys).isSubset(of: SiteState.listingPages))
        var copy = state
        let updated = copy.update(pages: ["index.md"])
        #expect(!updated, "a state that keeps no files cannot be updated")
        staged.discard()
    }

    /// `check` streams the files to nowhere: the same findings as a build, nothing written.
    @Test func aCheckFindsWhatABuildFindsAndWritesNothing() throws {
        let site = Fixtures.copyOfSite("cross-references")
        // An error only the check of template links finds, once every page is rendered.
        let template = site + "/templates/page.mustache"
        let text = try String(contentsOfFile: template, encoding: .utf8)
        try (text + "<a href=\"/no-such-page/\">x</a>\n").write(toFile: template, atomically: true, encoding: .utf8)
        let folder = Fixtures.temporaryFolder()
        let checked = BuildPipeline().check(BuildOptions(root: site, output: folder + "/public"))
        let built = BuildPipeline().run(BuildOptions(root: site))
        #expect(checked.diagnostics.map(\.code).contains(.templateLink))
        #expect(checked.diagnostics == built.diagnostics)
        #expect(checked.files.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site).sorted() == ["content", "handbook.yml", "seeds", "templates"])
    }

    @Test func aBuildWithAnErrorWritesNothingAndLeavesNoStagingFolder() throws {
        let site = Fixtures.copyOfSite("basic")
        let output = Fixtures.temporaryFolder() + "/public"
        #expect(BuildPipeline().run(BuildOptions(root: site, output: output)).succeeded)
        let before = Fixtures.tree(output)
        // An error only the check of template links finds, once every page is rendered.
        let template = site + "/templates/page.mustache"
        let text = try String(contentsOfFile: template, encoding: .utf8)
        try (text + "<a href=\"/no-such-page/\">x</a>\n").write(toFile: template, atomically: true, encoding: .utf8)
        let result = BuildPipeline().run(BuildOptions(root: site, output: output))
        #expect(result.diagnostics.map(\.code).contains(.templateLink))
        #expect(Fixtures.tree(output) == before)
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["public"])
    }
}
