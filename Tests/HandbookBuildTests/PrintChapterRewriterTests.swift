@testable import HandbookBuild
import Testing

/// The rewrite works on bytes and hands a tag to `rewriteTagByCharacters` only where a
/// character outside ASCII decides; these check that both give what the rule by characters gives.
@Suite struct PrintChapterRewriterTests {
    private let rewriter = PrintChapterRewriter(chapterNumbers: ["/": 1, "/tips/play/": 2, "/glossary/": 3, "/café/": 4])

    /// The rule by characters, tag by tag: text between tags as it is, each tag (from `<` to
    /// the next `>`) rewritten by `rewriteTagByCharacters`.
    private func byCharacters(_ html: String, chapter: Int) -> String {
        var result = ""
        let bytes = html.utf8
        var cursor = bytes.startIndex
        while let open = bytes[cursor...].firstIndex(of: UInt8(ascii: "<")) {
            result += html[cursor..<open]
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                cursor = open
                break
            }
            let end = bytes.index(after: close)
            result += rewriter.rewriteTagByCharacters(html[open..<end], chapter: chapter)
            cursor = end
        }
        return result + html[cursor...]
    }

    private static let tricky = [
        ##"<h2 id="peek">Peek</h2>"##, "<H3 ID=\"Up\">x</H3>", "<h5\tclass=\"x\">", "<h6>", "<h1\n>", "<h0>", "<h7>",
        "<h²>", "<h2\u{A0}id=\"x\">", "<h2\u{301}>", "</h4>", "<hr>", "<header id=\"top\">", "<>", "</>", "<h2",
        ##"<a href="/tips/play/">"##, ##"<a href="/tips/play/#peek">"##, ##"<a href="/tips/play/#">"##, ##"<a HREF="#x">"##,
        ##"<a href="#">"##, ##"<a href="">"##, ##"<a href="/café/#é">"##, ##"<a href="/cafe\##u{301}/">"##,
        ##"<a href="https://example.org/#x">"##, ##"<a href="/tips/play">"##, ##"<a href="/?q=1#x">"##,
        ##"<label for="a">"##, ##"<label for="">"##, ##"<td headers="  a  b c ">"##, ##"<x aria-owns="">"##,
        ##"<x aria-describedby="é b">"##, ##"<x aria-labelledby="a\##u{301} b">"##, ##"<x aria-controls="a\##r\##nb">"##,
        ##"<p data-id="x" id="y">"##, ##"<p data-é-id="x">"##, ##"<p é-id="x">"##, ##"<p \##u{600}id="x">"##,
        ##"<p id=x for="y">"##, ##"<p id="unterminated>"##, ##"<p id="a"id="b">"##, ##"<p title="x=&quot;y&quot;" id="z">"##,
        "<p>\u{301}after", "<h2>\u{301}T</h2>", "text é ü 中文 😀", " a < b ", "&lt;h2&gt;", "\r\n", "<!-- id=\"c\" -->",
    ]

    @Test func agreesWithTheRuleByCharactersOnEachPiece() {
        for piece in Self.tricky {
            #expect(rewriter.rewriteText(piece, chapter: 7) == byCharacters(piece, chapter: 7), "\(piece.debugDescription)")
        }
    }

    @Test func agreesWithTheRuleByCharactersOnPiecesTogether() {
        var generator = SplitMix(state: 2026)
        for _ in 0..<500 {
            let html = (0..<8).map { _ in Self.tricky.randomElement(using: &generator)! }.joined()
            #expect(rewriter.rewriteText(html, chapter: 12) == byCharacters(html, chapter: 12), "\(html.debugDescription)")
        }
    }

    @Test func readsUpperCaseNamesAndSplitsIdListsOnSpaces() {
        #expect(rewriter.rewriteText(##"<H2 ID="a">x</H2><td HEADERS=" a  b ">"##, chapter: 2)
            == ##"<h3 ID="c2-a">x</h3><td HEADERS="c2-a c2-b">"##)
        #expect(rewriter.rewriteText(##"<a href="/tips/play/#">x</a><a href="#">y</a><a href="">z</a>"##, chapter: 1)
            == ##"<a href="#chapter-2">x</a><a href="#">y</a><a href="">z</a>"##)
    }

    @Test func decidesByCharactersWhereAccentsDecide() {
        // `²` is a digit to `Character`, and a no-break space is a space.
        #expect(rewriter.rewriteText("<h²>x</h²>", chapter: 1) == "<h3>x</h3>")
        #expect(rewriter.rewriteText("<h2\u{A0}id=\"x\">", chapter: 1) == "<h3\u{A0}id=\"c1-x\">")
        #expect(rewriter.rewriteText(##"<a href="/café/#é" aria-describedby="é b">"##, chapter: 1)
            == ##"<a href="#c4-é" aria-describedby="c1-é c1-b">"##)
        // A link spelled with a decomposed é names the same page.
        #expect(rewriter.rewriteText("<a href=\"/cafe\u{301}/\">", chapter: 1) == ##"<a href="#chapter-4">"##)
    }

    /// A combining mark just after a `>` was written twice, and kept `<h2>` from moving down
    /// while its `</h2>` moved: the tag now ends at its `>`, whatever follows.
    @Test func aCombiningMarkAfterATagIsWrittenOnce() {
        #expect(rewriter.rewriteText("<p>\u{301}x</p><h2>\u{301}T</h2>", chapter: 1) == "<p>\u{301}x</p><h3>\u{301}T</h3>")
    }

    /// Links are looked up by their bytes; a page URL outside ASCII can still equal an ASCII
    /// link as a String (the Kelvin sign is canonically `K`), and then names its chapter.
    @Test func findsChaptersByBytesAsStringsWould() {
        let kelvin = PrintChapterRewriter(chapterNumbers: ["/\u{212A}/": 5, "/a/": 6])
        #expect(kelvin.rewriteText(##"<a href="/K/#x">k</a><a href="/a/">a</a><a href="/b/">b</a>"##, chapter: 1)
            == ##"<a href="#c5-x">k</a><a href="#chapter-6">a</a><a href="/b/">b</a>"##)
        let ascii = PrintChapterRewriter(chapterNumbers: ["/K/": 5])
        #expect(ascii.rewriteText(##"<a href="/\##u{212A}/">k</a><a href="/k/">"##, chapter: 1)
            == ##"<a href="#chapter-5">k</a><a href="/k/">"##)
        let many = PrintChapterRewriter(chapterNumbers: Dictionary(uniqueKeysWithValues: (1...3000).map { ("/p\($0)/", $0) }))
        let links = (0...3001).map { "<a href=\"/p\($0)/#s\($0)\">" }.joined()
        #expect(many.rewriteText(links, chapter: 1)
            == "<a href=\"/p0/#s0\">" + (1...3000).map { "<a href=\"#c\($0)-s\($0)\">" }.joined() + "<a href=\"/p3001/#s3001\">")
    }

    @Test func leavesTextWithoutTagsAsItIs() {
        for text in ["", "plain", "é ü 中文 😀", "a < b", "<unclosed id=\"x\""] {
            #expect(rewriter.rewriteText(text, chapter: 3) == text)
        }
    }
}

/// A small seeded generator, so the mixed pieces are the same on every run.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
