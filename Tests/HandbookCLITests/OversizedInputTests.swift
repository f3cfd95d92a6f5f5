import Foundation
import Testing

/// Pages far larger or deeper than anyone writes: generated here, never committed. Each must
/// finish quickly, with the site built or a clear refusal.
@Suite struct OversizedInputTests {
    private let play = "content/tips/play.md"

    /// Text files over 2 MB are refused before parsing: a 20 MB page took 66 s to check (release
    /// build) and 500 s in a debug build, with 0.8 GB of memory.
    @Test func aTwentyMegabytePageIsRefused() throws {
        let site = try BadInputSite()
        var text = BadInputSite.page(body: "")
        let paragraph = "## Section\n\nHold your baby close and talk softly about the day [@robinson-2018].\n\n"
        text += String(repeating: paragraph, count: (20_000_000 - text.utf8.count) / paragraph.utf8.count)
        text += String(repeating: "x", count: 20_000_000 - text.utf8.count)
        try site.write(play, text)
        try site.expectBuildFails(printing: """
            content/tips/play.md: error: the file is too large (20 MB; the limit is 2 MB): split it into smaller files
            build failed: 1 error

            """, timeout: .seconds(30))
    }

    @Test func aOneMegabyteLineBuilds() throws {
        let site = try BadInputSite()
        let sentence = "Hold your baby close and talk softly about the day. "
        let line = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count) + "[@robinson-2018]\n"
        try site.write(play, BadInputSite.page(body: "## Peek-a-boo\n\n" + line))
        try site.expectBuildSucceeds(timeout: .seconds(60))
        let html = site.html("tips/play/index.html")
        #expect(html.utf8.count > 1_000_000)
        #expect(html.contains("<p>Hold your baby close and talk softly about the day. Hold your baby"))
    }

    @Test func tenThousandNestedBlockquotesBuild() throws {
        let site = try BadInputSite()
        try site.write(play, BadInputSite.page(body: "## Peek-a-boo\n\n" + String(repeating: "> ", count: 10_000) + "Deep [@robinson-2018].\n"))
        try site.expectBuildSucceeds(timeout: .seconds(60))
        let html = site.html("tips/play/index.html")
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == 10_000)
        #expect(html.contains("<p>Deep <sup class=\"citation\">"))
    }

    @Test func tenThousandNestedListItemsBuild() throws {
        let site = try BadInputSite()
        try site.write(play, BadInputSite.page(body: "## Peek-a-boo\n\n" + String(repeating: "- ", count: 10_000) + "Deep [@robinson-2018].\n"))
        try site.expectBuildSucceeds(timeout: .seconds(60))
        let main = site.html("tips/play/index.html").components(separatedBy: "<main").last ?? ""
        #expect(main.components(separatedBy: "<li>").count - 1 == 10_000)
        #expect(main.contains("<li>Deep <sup class=\"citation\">"))
    }

    /// The reading-grade estimate took time in the square of a word's length: a pasted
    /// 20,000-letter "word" took minutes to check, and so did "timetime…", split again and again.
    @Test
    func longWordsAreCheckedQuickly() throws {
        let site = try BadInputSite()
        let vowels = String(repeating: "a", count: 20_000)
        let times = "x" + String(repeating: "time", count: 20_000)
        try site.write(play, BadInputSite.page(body: "## Peek-a-boo\n\n\(vowels) \(times) [@robinson-2018].\n"))
        let outcome = try site.run(["check", "--root", site.root], timeout: .seconds(20))
        #expect(outcome.status == 0)
    }
}
