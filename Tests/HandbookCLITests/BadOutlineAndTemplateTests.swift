import Foundation
import Testing

/// Outlines nested past reason or listing a page twice, and broken templates.
@Suite struct BadOutlineAndTemplateTests {
    /// Writes `count` pages, `deep/level-0.md` …, each nested under the one before.
    private func nest(_ count: Int, in site: BadInputSite) throws {
        var outline = try String(contentsOfFile: site.root + "/content/SUMMARY.md", encoding: .utf8)
        for level in 0..<count {
            try site.write("content/deep/level-\(level).md",
                           BadInputSite.page(title: "Level \(level)", body: "Level \(level) [@robinson-2018].\n"))
            outline += String(repeating: "  ", count: level) + "- [Level \(level)](deep/level-\(level).md)\n"
        }
        try site.write("content/SUMMARY.md", outline)
    }

    @Test func anOutlineTwoHundredLevelsDeepBuilds() throws {
        let site = try BadInputSite()
        try nest(200, in: site)
        try site.expectBuildSucceeds(timeout: .seconds(120))
        let deepest = site.html("deep/level-199/index.html")
        let crumbs = deepest.components(separatedBy: "<ol class=\"crumbs\">").last?.components(separatedBy: "</ol>").first ?? ""
        #expect(crumbs.components(separatedBy: "<li>").count - 1 == 199)
        #expect(deepest.contains("<li aria-current=\"page\"><a href=\"/deep/level-199/\">Level 199</a>"))
        #expect(site.html("deep/level-198/index.html").contains("<a rel=\"next\" href=\"/deep/level-199/\">Level 199</a>"))
    }

    /// Deeper outlines would exhaust the stack while the sidebar renders (a 500-level outline
    /// crashed a debug build): the 257th level is refused, and kept at the 256th.
    @Test func anOutlineDeeperThan256LevelsIsRefused() throws {
        let site = try BadInputSite()
        try nest(300, in: site)
        try site.expectBuildFails(printing: """
            content/SUMMARY.md:264:513: error: the outline nests deeper than 256 levels here: indent this entry less
            build failed: 1 error

            """, timeout: .seconds(60))
    }

    @Test func anOutlineThatListsAPageTwice() throws {
        let site = try BadInputSite()
        try site.place("outline-listing-a-page-twice.md", at: "content/SUMMARY.md")
        try site.expectBuildFails(printing: """
            content/SUMMARY.md:8:16: error: the outline lists 'tips/play.md' twice (first at line 5)
            build failed: 1 error

            """)
    }

    /// swift-mustache reports an unclosed section where the file ends (line 6, after the last
    /// line break), not at the `{{#site}}` that opens it on line 4.
    @Test func aTemplateSyntaxError() throws {
        let site = try BadInputSite()
        try site.place("not-found-unclosed-section.mustache", at: "templates/not-found.mustache")
        try site.expectBuildFails(printing: """
            templates/not-found.mustache:6:1: error: template syntax error: a section is opened but never closed
            build failed: 1 error

            """)
    }

    @Test func aMissingPartial() throws {
        let site = try BadInputSite()
        try site.remove("templates/item.mustache")
        try site.expectBuildFails(printing: """
            templates/nav.mustache:1:22: error: the template uses the partial 'item', but 'templates/item.mustache' does not exist
            build failed: 1 error

            """)
    }
}
