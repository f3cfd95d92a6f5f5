import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

@Suite struct SiteWriterTests {
    @Test func replacesTheOutputFolderWhole() throws {
        let output = Fixtures.temporaryFolder() + "/public"
        try SiteWriter().write([OutputFile("a/index.html", "one"), OutputFile("stale.txt", "x")], to: output)
        try SiteWriter().write([OutputFile("a/index.html", "two")], to: output)
        #expect(Fixtures.tree(output) == ["a/index.html": Data("two".utf8)])
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["public"])
    }

    /// A file in pieces is written as the pieces joined, more pieces than one `writev` takes
    /// included, and its `data` is the same bytes.
    @Test func writesAFileInPiecesAsItsPiecesJoined() throws {
        let output = Fixtures.temporaryFolder() + "/public"
        let pieces = (0..<1_000).map { $0.isMultiple(of: 3) ? "" : "piece \($0) é," }
        let file = OutputFile("search-index.json", .pieces(pieces))
        try SiteWriter().write([file], to: output)
        #expect(Fixtures.tree(output) == ["search-index.json": Data(pieces.joined().utf8)])
        #expect(file.contents.data == Data(pieces.joined().utf8))
    }

    @Test func aFailedWriteLeavesThePreviousSiteAsItWas() throws {
        let output = Fixtures.temporaryFolder() + "/public"
        try SiteWriter().write([OutputFile("index.html", "good")], to: output)
        #expect(throws: (any Error).self) {
            try SiteWriter().write([OutputFile("index.html", "new"), OutputFile("img.png", copying: "/nonexistent/img.png")], to: output)
        }
        #expect(Fixtures.tree(output) == ["index.html": Data("good".utf8)])
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["public"])
    }

    @Test func removesStagingFoldersLeftByKilledBuilds() throws {
        let parent = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: parent + "/.public.staging-99999/x", withIntermediateDirectories: true)
        SiteWriter().removeLeftovers(beside: parent + "/public")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == [])
    }

    @Test func refusesOutputFoldersThatHoldOrSitInsideSources() {
        let root = Fixtures.site("basic")
        let guardian = OutputFolderGuard()
        #expect(guardian.check(output: root, root: root) != nil)
        #expect(guardian.check(output: root + "/content", root: root) != nil)
        #expect(guardian.check(output: root + "/templates/out", root: root) != nil)
        #expect(guardian.check(output: (root as NSString).deletingLastPathComponent, root: root) != nil)
        #expect(guardian.check(output: root + "/public", root: root) == nil)
    }
}
