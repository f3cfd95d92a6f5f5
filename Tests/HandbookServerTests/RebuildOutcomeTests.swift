import Foundation
import HandbookBuild
import HandbookModel
import Testing
@testable import HandbookServer

@Suite struct RebuildOutcomeTests {
    @Test func tellsWhichURLsChangedSinceTheLastGoodBuild() async throws {
        let site = TestSite()
        defer { site.remove() }
        let rebuilder = IncrementalRebuilder(options: BuildOptions(root: site.root, output: site.output,
                                                            baseURL: BaseURL("http://127.0.0.1:9/")))
        let first = await rebuilder.rebuild(changed: [])
        #expect(first.succeeded)
        #expect(first.changedURLs == nil, "the first build reloads everything")

        site.write("content/tips/play.md", TestSite.playPage + "\nA new sentence.\n")
        let edited = await rebuilder.rebuild(changed: ["content/tips/play.md"])
        #expect(edited.succeeded)
        #expect(edited.changedURLs == ["/tips/play/"])

        site.write("content/tips/play.md", TestSite.playPage + "\n[Broken](nowhere.md)\n")
        let broken = await rebuilder.rebuild(changed: ["content/tips/play.md"])
        #expect(!broken.succeeded)
        #expect(broken.changedURLs == [])
        #expect(broken.diagnostics.contains { $0.location.file == "content/tips/play.md" && $0.severity == .error })
        let served = try String(contentsOfFile: site.output + "/tips/play/index.html", encoding: .utf8)
        #expect(served.contains("A new sentence."), "the last good page stays")

        site.write("content/tips/play.md", TestSite.playPage)
        site.write("templates/assets/style.css", "body { margin: 1px }\n")
        let fixed = await rebuilder.rebuild(changed: ["content/tips/play.md", "templates/assets/style.css"])
        #expect(fixed.succeeded)
        #expect(fixed.changedURLs == ["/tips/play/", "/assets/style.css"])
    }

    @Test func urlsAreThePathsPagesAreVisitedAt() {
        #expect(RebuildOutcome.url(ofOutputPath: "index.html") == "/")
        #expect(RebuildOutcome.url(ofOutputPath: "tips/play/index.html") == "/tips/play/")
        #expect(RebuildOutcome.url(ofOutputPath: "404.html") == "/404.html")
        #expect(RebuildOutcome.url(ofOutputPath: "images/a b.png") == "/images/a%20b.png")
        let before = WrittenSite([OutputFile("a.html", "a"), OutputFile("b.html", "b"), OutputFile("gone.html", "g")])
        let after = WrittenSite([OutputFile("a.html", "a"), OutputFile("b.html", "B"), OutputFile("new.html", "n")])
        #expect(before.changedURLs(to: after) == ["/b.html", "/gone.html", "/new.html"])
    }

    @Test func aWrittenFileCountsAsChangedOnlyWhenItsBytesDo() throws {
        let folder = NSTemporaryDirectory() + "handbook-written-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "a".write(toFile: folder + "/style.css", atomically: true, encoding: .utf8)
        var site = WrittenSite([OutputFile("page.html", "one"), OutputFile("style.css", copying: folder + "/style.css")])
        let samePage = site.record(OutputFile("page.html", "one"))
        let otherPage = site.record(OutputFile("page.html", "two"))
        let sameCopy = site.record(OutputFile("style.css", copying: folder + "/style.css"))
        try "b".write(toFile: folder + "/style.css", atomically: true, encoding: .utf8)
        let otherCopy = site.record(OutputFile("style.css", copying: folder + "/style.css"))
        let newPage = site.record(OutputFile("new.html", "new"))
        #expect([samePage, otherPage, sameCopy, otherCopy, newPage] == [false, true, false, true, true])
    }
}
