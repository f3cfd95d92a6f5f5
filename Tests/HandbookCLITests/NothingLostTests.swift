import Foundation
import Testing

/// No command writes under the editor's sources. Every command of the bad-input suite is run
/// through `BadInputSite.run`, which compares the sources before and after; this runs each
/// command once more on a good site and on one whose every page is broken.
@Suite struct NothingLostTests {
    static let commands: [[String]] = [
        ["build"], ["build", "--drafts"], ["build", "--format", "json"], ["check"], ["check", "--strict"],
        ["check", "--format", "json"], ["build", "--base-url", "https://example.org/sub/"],
    ]

    @Test(arguments: commands)
    func commandsLeaveTheSourcesOfAGoodSiteAsTheyWere(command: [String]) throws {
        let site = try BadInputSite()
        let outcome = try site.run(command + ["--root", site.root])
        #expect(outcome.status == 0)
    }

    @Test(arguments: commands)
    func commandsLeaveTheSourcesOfABrokenSiteAsTheyWere(command: [String]) throws {
        let site = try BadInputSite()
        for page in ["content/index.md", "content/tips/index.md", "content/tips/play.md"] {
            try site.place("unclosed-front-matter.md", at: page)
        }
        try site.place("not-found-unclosed-section.mustache", at: "templates/not-found.mustache")
        let outcome = try site.run(command + ["--root", site.root])
        #expect(outcome.status == 1)
    }

    /// `render` reads standard input only; `new` is the one command meant to write a page.
    @Test func renderWritesNothing() throws {
        let site = try BadInputSite()
        let before = SourceSnapshot(site: site.root)
        let outcome = try BinaryRunner.run(["render"], input: "# Title\n\n<script>x</script>\n", in: site.root)
        #expect(outcome.status == 0)
        #expect(SourceSnapshot(site: site.root) == before)
    }
}
