import Foundation
import HandbookMarkdown
import Testing

/// A page's outline (read first, for the site's index) must be what the document parsed from
/// the same text later has: the heading ids and anchors the index holds come from it.
@Suite struct MarkdownOutlineTests {
    static let bodies = [
        "",
        "# Sleep\n\nText.\n\n## Naps *and* nights\n\n### [Linked](a.md) heading ![img](x.png)\n",
        "Setext\n======\n\nTwo\nlines\n------\n",
        "> [!NOTE]\n> ## Inside a callout\n>\n> Words.\n\n> Quote\n> # Inside a quote\n",
        "Sleep[^safe] matters.[^safe] Feeding[^feed].\n\n[^safe]: Back to sleep.\n[^feed]: On demand.\n[^unused]: Dropped.\n",
        "## `code` & <b>html</b>\n\n| a | b |\n|---|---|\n| # no | heading |\n\n```\n# not a heading\n```\n",
        "# Repeated\n\n# Repeated\n\n#### Deep ~~struck~~ www.example.org\n\n- [ ] task\n",
    ]

    @Test(arguments: bodies)
    func readsWhatTheDocumentHas(body: String) {
        let outline = MarkdownOutline(parsing: body)
        let document = MarkdownDocument(parsing: body)
        #expect(outline.headings == document.headings)
        #expect(outline.footnoteIDs == document.footnoteIDs)
    }

    @Test func findsHeadingsAndFootnotes() {
        let outline = MarkdownOutline(parsing: Self.bodies[4] + "\n# Title\n")
        #expect(outline.headings.map(\.text) == ["Title"])
        #expect(outline.footnoteIDs == ["fn-safe", "fn-feed", "fnref-safe", "fnref-safe-2", "fnref-feed"])
    }
}
