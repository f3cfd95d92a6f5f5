import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// The print page written chapter by chapter must be the page `PrintPageAssembly` puts
/// together in memory, whatever the shell does with the markers.
@Suite struct PrintPageStreamTests {
    private static func chapter(_ number: Int, _ html: String) -> PrintPageWriter.Chapter {
        PrintPageWriter.Chapter(number: number, title: "T\(number)", url: "/\(number)/", reviewed: "", reviewedText: "",
                                html: Array(html.utf8))
    }

    /// Streams `chapters` (in that order) into the print page of a staged site and reads it back.
    private static func streamed(shell: String, numbers: [Int], chapters: [PrintPageWriter.Chapter],
                                 inBatchesOf size: Int = 1) throws -> String {
        let output = Fixtures.temporaryFolder() + "/public"
        let staged = StagedSite(output: output)
        staged.open()
        var stream = PrintPageStream(shell: PrintPageAssembly(shell: shell), numbers: numbers, into: staged)
        for start in stride(from: 0, to: chapters.count, by: size) {
            stream.add(Array(chapters[start..<min(start + size, chapters.count)]))
        }
        stream.finish()
        try staged.finish()
        return try String(contentsOfFile: output + "/" + PrintPageWriter.outputPath.rawValue, encoding: .utf8)
    }

    private static func assembled(shell: String, chapters: [PrintPageWriter.Chapter]) -> String {
        let bodies = Dictionary(chapters.map { ($0.number, $0.html) }) { first, _ in first }
        return String(decoding: PrintPageAssembly(shell: shell).page(bodies), as: UTF8.self)
    }

    @Test func writesEachChapterAtItsMarker() throws {
        let m = PrintPageAssembly.marker
        let chapters = [Self.chapter(1, "<p>one</p>"), Self.chapter(2, "<p>twö</p>"), Self.chapter(3, "")]
        let shell = "<html>\(m(1))<hr>\(m(2))\(m(3))</html>"
        #expect(try Self.streamed(shell: shell, numbers: [1, 2, 3], chapters: chapters)
            == Self.assembled(shell: shell, chapters: chapters))
        #expect(Self.assembled(shell: shell, chapters: chapters) == "<html><p>one</p><hr><p>twö</p></html>")
    }

    @Test func followsAShellThatRepeatsReordersOrLeavesOutMarkers() throws {
        let m = PrintPageAssembly.marker
        let chapters = [Self.chapter(1, "a"), Self.chapter(2, "b"), Self.chapter(3, "c"), Self.chapter(2, "late")]
        // Chapter 3 before 1, chapter 1 twice, chapter 2 never, a chapter 9 that never comes,
        // and a NUL byte that is no marker.
        let shell = "[\(m(3))|\(m(1))|\(m(9))|\(m(1))]\u{0}end"
        #expect(try Self.streamed(shell: shell, numbers: [1, 2, 3], chapters: chapters)
            == Self.assembled(shell: shell, chapters: chapters))
        #expect(Self.assembled(shell: shell, chapters: chapters) == "[c|a||a]\u{0}end")
    }

    @Test func aFailedWriteIsReportedAndLeavesThePreviousSite() throws {
        let output = Fixtures.temporaryFolder() + "/public"
        try SiteWriter().write([OutputFile("index.html", "good")], to: output)
        let staged = StagedSite(output: output)
        staged.open()
        // A folder where the print page's folder should be.
        try FileManager.default.createDirectory(atPath: SiteWriter.stagingFolder(for: output) + "/print/index.html",
                                                withIntermediateDirectories: true)
        var stream = PrintPageStream(shell: PrintPageAssembly(shell: "x"), numbers: [], into: staged)
        stream.finish()
        #expect(staged.hasFailed)
        #expect(throws: (any Error).self) { try staged.finish() }
        #expect(Fixtures.tree(output) == ["index.html": Data("good".utf8)])
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["public"])
    }

    /// Chapters given a batch at a time are written with as few calls as can be: hundreds of
    /// pieces at once, empty ones among them, must still come out whole and in order.
    @Test(arguments: [1, 7, 300, 1000])
    func writesBatchesOfChaptersWhole(batchSize: Int) throws {
        let m = PrintPageAssembly.marker
        let chapters = (1...700).map { Self.chapter($0, $0 % 5 == 0 ? "" : String(repeating: "<p>\($0)é</p>", count: $0 % 13)) }
        let shell = "<html>" + (1...700).map { "<h1>\($0)</h1>\(m($0))" }.joined() + "</html>"
        #expect(try Self.streamed(shell: shell, numbers: Array(1...700), chapters: chapters, inBatchesOf: batchSize)
            == Self.assembled(shell: shell, chapters: chapters))
    }
}
