@testable import HandbookMarkdown
import Testing

/// The autolink extension's `w` stays out of cmark-gfm's table of special characters unless the
/// text holds "www." (see `handbook_finish_parse`): a text without it must parse exactly as it
/// does with `w` in the table.
@Suite struct SpecialCharacterTableTests {
    @Test func findsWWWWhereverItIs() {
        for text in ["www.", "see www.example.org", "wwww.", "é www.x", "[a](b) www.c"] {
            #expect(MarkdownParser.containsWWW(text), "\(text)")
        }
        for text in ["", "ww", "www", "ww.w www", "WWW.example.org", "w w w .", "wwx."] {
            #expect(!MarkdownParser.containsWWW(text), "\(text)")
        }
    }

    @Test func textsWithoutWWWParseAsWithWInTheTable() {
        let pieces = ["w", "W", "ww", "wow", "www", "w.", " ", "  \n", "\n", "\n\n", "*", "_", "~~", "~", "(", ")", "[",
                      "](", "http://a.org", "https://x.org/w?q=w", "ftp://w.org", ":", "/", "<https://w.org>", "`w`",
                      "\\", "&amp;", "!", "[^n]", "\n[^n]: w\n", "| a | w |\n|---|---|\n| w | b |\n", "\n# w\n",
                      "\n- [ ] w\n", "\n> w\n", "é", "’", "\t", "a@b.org", "w@x.org", "<b>w</b>"]
        var random = SplitMix(state: 0x5EC1A1)
        var compared = 0
        for _ in 0..<3_000 {
            let text = (0..<random.below(40)).map { _ in pieces[random.below(pieces.count)] }.joined()
            guard !MarkdownParser.containsWWW(text) else { continue }
            compared += 1
            let without = MarkdownDocument(parsing: text, options: MarkdownOptions(), withW: false)
            let with = MarkdownDocument(parsing: text, options: MarkdownOptions(), withW: true)
            #expect(without.renderHTML() == with.renderHTML(), "\(text.debugDescription)")
            #expect(without.links == with.links, "\(text.debugDescription)")
            #expect(without.texts == with.texts, "\(text.debugDescription)")
            #expect(without.headings == with.headings, "\(text.debugDescription)")
            #expect(without.footnoteIDs == with.footnoteIDs, "\(text.debugDescription)")
        }
        #expect(compared > 2_000)
    }

    @Test func linksWWWWhereTheTextHasIt() {
        let html = MarkdownDocument(parsing: "Notes: see www.example.org, or https://w.org, with ~~w~~.").renderHTML()
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<a href=\"https://w.org\">https://w.org</a>"))
        #expect(html.contains("<del>w</del>"))
    }
}
