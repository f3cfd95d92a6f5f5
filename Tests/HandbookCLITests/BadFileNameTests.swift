import Foundation
import Testing

/// File names as editors type them, and names that land on the same address.
@Suite struct BadFileNameTests {
    private static func page(_ title: String) -> String {
        BadInputSite.page(title: title, body: "About \(title) [@robinson-2018].\n")
    }

    /// Spaces, letters outside ASCII and a leading dash are fine: each page gets its own folder
    /// and every link to it is percent-encoded.
    @Test func namesWithSpacesAccentsAndALeadingDashBuild() throws {
        let site = try BadInputSite()
        try site.write("content/tips/quiet time.md", Self.page("Quiet time"))
        try site.write("content/tips/crème brûlée.md", Self.page("Crème brûlée"))
        try site.write("content/tips/-first.md", Self.page("First"))
        try site.write("content/SUMMARY.md", """
            - [Home](index.md)
            - [Tips](tips/index.md)
              - [Play](tips/play.md)
              - [Quiet time](tips/quiet%20time.md)
              - [Crème brûlée](tips/crème brûlée.md)
              - [First](<tips/-first.md>)
            - [Glossary](glossary/index.md)
            - [Sources](sources.md)

            """)
        try site.write("content/index.md", BadInputSite.page(title: "Home", body: """
            See [play](tips/play.md#peek-a-boo), [quiet time](tips/quiet%20time.md) and [dessert](<tips/crème brûlée.md>).

            """))
        try site.expectBuildSucceeds()
        for folder in ["quiet time", "crème brûlée", "-first"] {
            #expect(FileManager.default.fileExists(atPath: site.output + "/tips/\(folder)/index.html"))
        }
        let home = site.html("index.html")
        #expect(home.contains("<a href=\"/tips/quiet%20time/\">quiet time</a>"))
        #expect(home.contains("<a href=\"/tips/cr%C3%A8me%20br%C3%BBl%C3%A9e/\">dessert</a>"))
        #expect(home.contains("<a href=\"/tips/-first/\">First</a>"))
    }

    @Test func twoPagesAtTheSameAddress() throws {
        let site = try BadInputSite()
        try site.write("content/tips/play/index.md", Self.page("Play again"))
        try site.write("content/SUMMARY.md", try String(contentsOfFile: site.root + "/content/SUMMARY.md", encoding: .utf8)
            + "- [Play again](tips/play/index.md)\n")
        try site.expectBuildFails(printing: """
            content/tips/play/index.md:1:1: error: the page would be written to '/tips/play/', as is 'content/tips/play.md'
            build failed: 1 error

            """)
    }

    @Test func namesThatDifferOnlyInCase() throws {
        let site = try BadInputSite()
        try site.write("content/tips/Play.md", Self.page("Play again"))
        try site.write("content/images/Dot.gif", "GIF89a")
        try site.write("content/SUMMARY.md", try String(contentsOfFile: site.root + "/content/SUMMARY.md", encoding: .utf8)
            + "- [Play again](tips/Play.md)\n")
        try site.expectBuildFails(printing: """
            content/images/dot.gif: error: the file would be written to '/images/dot.gif', which differs only in letter case from '/images/Dot.gif' ('content/images/Dot.gif'): rename one, as they clash on hosts that ignore case
            content/tips/play.md:1:1: error: the page would be written to '/tips/play/', which differs only in letter case from '/tips/Play/' ('content/tips/Play.md'): rename one, as they clash on hosts that ignore case
            build failed: 2 errors

            """)
    }

    /// A file copied from `content/` must not land where a page is written.
    @Test func aContentFileWhereAPageIsWritten() throws {
        let site = try BadInputSite()
        try site.write("content/tips/play/index.html", "<p>An old export</p>\n")
        try site.expectBuildFails(printing: """
            content/tips/play/index.html: error: the file would be written to '/tips/play/index.html', as is 'content/tips/play.md'
            build failed: 1 error

            """)
    }
}
