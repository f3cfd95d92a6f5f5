@testable import HandbookBuild
import TestSupport
import Testing
import Yams

/// `YAMLTagResolver` against Yams' own resolver, with its regular expressions.
@Suite struct YAMLTagResolverTests {
    private func yamsTag(_ text: String) -> Yams.Tag.Name {
        Resolver.default.resolveTag(of: Node.scalar(.init(text)))
    }

    @Test func agreesWithYamsOnTheWordsEachRuleNames() {
        let words = ["", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "On", "OFF", "oFF",
                     "true", "True", "TRUE", "tRUE", "false", "<<", "<", "=", "==", "0", "-0", "+0", "00", "0o", "0o7",
                     "0o8", "07", "08", "0b", "0b1", "0b2", "0x", "0x_", "0xfG", "1_000", "_1", "1.", ".", "._", ".5",
                     "-.5", ".5e3", ".5e+3", "1e3", "1E+3", "1e", "1.5e-10", "-1.5", "+.inf", ".Inf", "-.INF", ".inF",
                     ".nan", ".NaN", "-.nan", "2025-03-04", "2025-3-4", "2025-03-04 ", "12025-03-04", "2025_03_04",
                     "x1", "1x", "Sleep and naps", "café", "1\u{00A0}", "true\u{00A0}"]
        for word in words {
            #expect(YAMLTagResolver.tag(ofPlain: Substring(word).utf8) == yamsTag(word), "\(word.debugDescription)")
        }
    }

    @Test func leavesTextWithAColonOrALineBreakToYams() {
        for word in ["1:30", "2025-03-04 10:00:00", "true\n", "true\r", "true\u{0B}", "true\u{0C}", "true\u{85}",
                     "true\u{2028}", "true\u{2029}"] {
            #expect(YAMLTagResolver.tag(ofPlain: Substring(word).utf8) == nil, "\(word.debugDescription)")
        }
    }

    @Test func agreesWithYamsOnRandomTexts() {
        var random = SeededGenerator(seed: 0x7A6_2E50_1FE4)
        let pieces = ["0", "1", "5", "7", "8", "9", "_", ".", "+", "-", "e", "E", "x", "o", "b", "a", "F", "inf", "Inf",
                      "nan", "NaN", "true", "no", "ON", "null", "~", "<", "=", " ", "\t", "é", "\u{2028}", "\u{85}",
                      "2025", "-03", "-4", "0x", "0o", "0b"]
        var answered = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...5, using: &random)
            let text = (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
            guard let tag = YAMLTagResolver.tag(ofPlain: Substring(text).utf8) else {
                #expect(text.contains(":") || text.contains("\u{2028}") || text.contains("\u{85}"), "\(text.debugDescription)")
                continue
            }
            answered += 1
            #expect(tag == yamsTag(text), "\(text.debugDescription)")
        }
        #expect(answered > 15_000)
    }
}
