import Foundation
import Testing

/// Markup and template tags in every field an editor fills in appear on the page as text.
/// `.ci/escaping_check.py` loads the same site in Chromium and checks that nothing runs.
@Suite struct EscapingTests {
    static let hostileFixture = CLIFixtures.folder + "/bad-input/hostile"

    /// Raw markup that appears in a page only when a payload was not escaped.
    static let unescaped = [
        "<script>window", "<img src=x", "<svg onload", "<iframe", "<base ", "<style>*",
        "<input autofocus", "<b onmouseover", "__pwned=1>", "=\"window.__pwned",
    ]

    /// The hostile fixture with the handbook's own templates, built.
    private func buildHostileSite() throws -> (site: String, pages: [String: String]) {
        let site = CLIFixtures.copy(Self.hostileFixture)
        try FileManager.default.copyItem(atPath: BinaryRunner.packageRoot + "/templates", toPath: site + "/templates")
        let before = SourceSnapshot(site: site)
        let outcome = try BinaryRunner.run(["build", "--root", site], timeout: .seconds(120))
        #expect(SourceSnapshot(site: site) == before)
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        let pages = CLIFixtures.snapshot(site + "/public").filter { $0.key.hasSuffix(".html") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        return (site, pages)
    }

    @Test func hostileFieldsAppearEscapedAndNeverAsMarkup() throws {
        let (_, pages) = try buildHostileSite()
        #expect(pages.count >= 8)
        for (path, html) in pages {
            for raw in Self.unescaped {
                #expect(!html.contains(raw), "\(path) holds unescaped '\(raw)'")
            }
        }
        let home = try #require(pages["index.html"])
        // The page's title and description, in the head and the body.
        #expect(home.contains("&lt;/title&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;title&gt;"))
        #expect(home.contains("content=\"&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;&lt;meta x=&quot;\""))
        #expect(home.contains("lang=\"en&quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;\""))
        // The outline's titles, and a link title.
        #expect(home.contains("Home &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;</a>"))
        #expect(home.contains("title=\"&quot; onmouseover=&quot;window.__pwned=1\""))
        // Text that looks like markup or like template tags stays text.
        #expect(home.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;, &lt;img src=x onerror=window.__pwned=1&gt;"))
        #expect(home.contains("{{page.title}} {{{page.content}}} {{=&lt;% %&gt;=}} &lt;%page.title%&gt;"))
        #expect(home.contains("<a href=\"/tips/play/\">Play {{site.title}} {{{page.content}}}</a>"))
        // A page whose file name is markup gets an encoded URL.
        #expect(home.contains("href=\"/tips/%3Cimg%20src=x%20onerror=window.__pwned=1%3E/\""))

        let tips = try #require(pages["tips/index.html"])
        // A source's fields and a citation's locator.
        #expect(tips.contains("<cite>&lt;/cite&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;</cite>"))
        #expect(tips.contains("&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt; and &lt;svg onload=window.__pwned=1&gt;"))
        #expect(tips.contains("href=\"https://doi.org/10.1234/&quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;\""))
        #expect(tips.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"))
        // A glossary term whose file name is markup: the id and the short definition beside the link.
        #expect(tips.contains("href=\"/glossary/#haven%22autofocus%20onfocus=%22window.__pwned=1\""))
        #expect(tips.contains("A place &lt;img src=x onerror=window.__pwned=1&gt; of comfort &quot;&gt;window.__pwned=1."))

        let glossary = try #require(pages["glossary/index.html"])
        #expect(glossary.contains("id=\"haven&quot;autofocus onfocus=&quot;window.__pwned=1\""))
        #expect(glossary.contains("&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;, &lt;/span&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"))
    }

    /// Links that would run script are errors, never written to a page.
    @Test func scriptURLsAreRefused() throws {
        let site = try BadInputSite()
        try site.write("content/tips/play.md", BadInputSite.page(body: """
            ## Peek-a-boo

            A [link](javascript:window.__pwned=1) and ![an image](data:text/html,x) [@robinson-2018].

            [A reference][ref] and <javascript:window.__pwned=1>.

            [ref]: JavaScript:window.__pwned=1

            """))
        try site.write("seeds/robinson-2018.md", """
            ---
            title: Building a Secure Attachment Bond
            authors: [L. Robinson, J. Segal]
            published: 2018
            url: javascript:window.__pwned=1
            kind: guide
            ---
            Our notes.

            """)
        try site.expectBuildFails(printing: """
            content/tips/play.md:9:3: error: 'javascript:' links are not allowed: they can run code or hide content
            content/tips/play.md:9:43: error: 'data:' links are not allowed: they can run code or hide content
            content/tips/play.md:11:1: error: 'javascript:' links are not allowed: they can run code or hide content
            content/tips/play.md:11:24: error: 'javascript:' links are not allowed: they can run code or hide content
            seeds/robinson-2018.md:5:1: error: 'url' must be an absolute http(s) URL, not 'javascript:window.__pwned=1'
            build failed: 5 errors

            """)
    }
}
