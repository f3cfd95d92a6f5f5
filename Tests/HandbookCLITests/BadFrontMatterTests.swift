import Foundation
import Testing

/// Front matter as half-saved, mistyped or hostile files have it.
@Suite struct BadFrontMatterTests {
    private let play = "content/tips/play.md"

    @Test func frontMatterThatIsNotClosed() throws {
        let site = try BadInputSite()
        try site.place("unclosed-front-matter.md", at: play)
        try site.expectBuildFails(printing: """
            content/tips/play.md:1:1: error: the front matter is not closed: add a line '---' after it
            build failed: 1 error

            """)
    }

    @Test func frontMatterThatIsAListOrText() throws {
        let site = try BadInputSite()
        try site.place("list-front-matter.md", at: play)
        try site.place("text-front-matter.md", at: "content/sources.md")
        try site.expectBuildFails(printing: """
            content/sources.md:2:1: error: expected a mapping of keys to values
            content/tips/play.md:2:1: error: expected a mapping of keys to values
            build failed: 2 errors

            """)
    }

    /// Nine lines whose aliases stand for 387,420,489 values are refused at once, at the key
    /// where the count passes the limit, without the build growing its memory.
    @Test func aBillionLaughs() throws {
        let site = try BadInputSite()
        try site.place("billion-laughs.md", at: play)
        try site.place("billion-laughs-glossary.md", at: "content/glossary/safe-haven.md")
        try site.expectBuildFails(printing: """
            content/glossary/safe-haven.md:6:36: error: the YAML holds more than 10000 values (counting every use of an alias): shorten it
            content/tips/play.md:9:8: error: the YAML holds more than 10000 values (counting every use of an alias): shorten it
            build failed: 2 errors

            """, timeout: .seconds(20))
    }

    /// Yams hashes a mapping's keys in full to find duplicates, so a key that is an alias of a
    /// large value took minutes; the count stops it before Yams reads it.
    @Test func anAliasBombUsedAsKeys() throws {
        let site = try BadInputSite()
        try site.place("alias-key-bomb.yml", at: "handbook.yml")
        try site.expectBuildFails(printing: """
            handbook.yml:7:38: error: the YAML holds more than 10000 values (counting every use of an alias): shorten it
            build failed: 1 error

            """, timeout: .seconds(20))
    }

    @Test func aTabIndentedKey() throws {
        let site = try BadInputSite()
        try site.place("tab-indented-front-matter.md", at: play)
        try site.expectBuildFails(printing: """
            content/tips/play.md:3:1: error: invalid YAML: found a tab character that violates indentation: indent with spaces, not tabs
            build failed: 1 error

            """)
    }

    @Test func aKeyGivenTwice() throws {
        let site = try BadInputSite()
        try site.place("duplicate-key.md", at: play)
        try site.expectBuildFails(printing: """
            content/tips/play.md:5:1: error: 'title' is given twice (first at line 2)
            build failed: 1 error

            """)
    }

    /// libyaml stops at 1,000 levels of nesting; its message is put in plain words.
    @Test func valuesNestedTooDeeply() throws {
        let site = try BadInputSite()
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        try site.write(play, "---\ntitle: Play\ndescription: \(deep)\nreviewed: 2026-01-04\n---\n\nText.\n")
        try site.expectBuildFails(printing: """
            content/tips/play.md:3:15: error: invalid YAML: the values nest too deeply
            build failed: 1 error

            """, timeout: .seconds(20))
    }

    /// The same checks guard `handbook.yml` and the source records in `seeds/`.
    @Test func brokenConfigurationAndSourceRecords() throws {
        let site = try BadInputSite()
        try site.write("handbook.yml", "title: Bad Input Handbook\n\tbase_url: https://example.org/\n")
        try site.write("seeds/robinson-2018.md", "---\ntitle: Building a Secure Attachment Bond\nkind: guide\n")
        try site.expectBuildFails(printing: """
            handbook.yml:2:1: error: invalid YAML: found a tab character that violates indentation: indent with spaces, not tabs
            seeds/robinson-2018.md:1:1: error: the front matter is not closed: add a line '---' after it
            build failed: 2 errors

            """)
    }

    /// The home page unreadable: the templates' links to it are not reported as well.
    @Test
    func aBrokenHomePageIsReportedOnce() throws {
        let site = try BadInputSite()
        try site.place("unclosed-front-matter.md", at: "content/index.md")
        try site.expectBuildFails(printing: """
            content/index.md:1:1: error: the front matter is not closed: add a line '---' after it
            build failed: 1 error

            """)
    }
}
