@testable import HandbookBuild
import TestSupport
import Testing

/// The outline reads ASCII lines byte by byte: it must read them as it reads any line, character
/// by character.
@Suite struct OutlineLineTests {
    private func describe(_ item: OutlineItemSyntax?) -> String {
        item.map { "\($0.indent) \($0.title.debugDescription) \($0.target.debugDescription) \($0.targetColumn)" } ?? "nil"
    }

    @Test func readsRandomASCIILinesAsCharactersAre() {
        let pieces = [" ", " ", "  ", "\t", "-", "*", "+", "[", "]", "(", ")", "<", ">", "#", "<!--", "%20", "%", "%zz",
                      "page.md", "a b", "Title", "x", "../", "/", "- [", "](", ".md)", "\u{0B}"]
        var random = SeededGenerator(seed: 0x0D71_13E5)
        var items = 0
        for _ in 0..<30_000 {
            let count = Int.random(in: 0...9, using: &random)
            var line = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
            if Bool.random(using: &random) { line = "- [" + line + "](" + pieces.randomElement(using: &random)! + ")" }
            let text = Substring(line)
            let byCharacters = OutlineItemSyntax(line: text)
            if byCharacters != nil { items += 1 }
            #expect(describe(OutlineItemSyntax(asciiLine: text.utf8)) == describe(byCharacters), "\(line.debugDescription)")
            #expect(OutlineParser.isBlankOrComment(text.utf8) == OutlineParser.isBlankOrComment(text), "\(line.debugDescription)")
        }
        #expect(items > 1_000)
    }

    @Test func cutsLinesAsSplittingAtNewlineCharactersDoes() {
        for text in ["", "\n", "a", "a\n", "a\nb", "a\r\nb\n", "\r\n\n", "a\rb\n\n", "é\n\u{301}x\r\n"] {
            #expect(OutlineParser.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false),
                    "\(text.debugDescription)")
        }
    }
}
