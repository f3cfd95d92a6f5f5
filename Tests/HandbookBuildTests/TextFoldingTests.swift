import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// The byte-level word folding, glossary matching and escaping against `TextFoldingReference`,
/// on random text mixing ASCII with the Unicode that could trip a fast path: accents composed
/// and decomposed, marks that reorder, letters that change length when lowercased, curly
/// quotes, no-break spaces, CJK, Hangul, emoji.
@Suite struct TextFoldingTests {
    static let pieces = [
        "secure", "Secure", "ATTACHMENT", "attachment", "bond", "skin", "to", "contact", "baby's", "Baby’s",
        "babies'", "cues", "NICU", "it's", "a’’b", " ", " ", " ", "  ", "-", "\u{00A0}", "—", "–", "…", "“", "”", "‘",
        "’", "'", ".", ",", ";", "\n", "\r\n", "\t", "&", "<", ">", "\"", "é", "e\u{301}", "Café", "cafe\u{301}",
        "naïve", "na\u{308}ive", "\u{316}", "\u{5B0}", "\u{591}", "\u{345}", "\u{93F}", "\u{938}\u{94D}",
        "\u{212A}elvin", "\u{212B}", "İstanbul", "ΣΟΦΙΑ", "ὈΔΥΣΣΕΎΣ", "ß", "ﬁne", "Ⅻ", "²", "٣", "日本語", "한국",
        "\u{1112}\u{1161}\u{11AB}", "👍🏽", "👨‍👩‍👧", "🇫🇷", "\u{200D}", "\u{FE0F}", "x\u{338}", "<\u{338}", "’\u{345}",
        "'\u{301}", "\u{D4E}", "x\u{D4E}’y", "1", "42", "2.5", "_", "é\u{316}", "a\u{301}\u{316}", "\u{1E0B}\u{323}", "Ǆ", "ǅ",
    ]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func searchWordsFoldAsBefore() {
        for text in Self.randomTexts(count: 3000, seed: 1) + Self.pieces {
            let expected = TextFoldingReference.searchWords(in: text)
            #expect(SearchWords.words(in: text) == expected, "\(text.debugDescription)")
            let distinct = TextFoldingReference.distinctSearchWords(in: text, limit: 4)
            #expect(SearchWords.distinctWords(in: text, limit: 4) == distinct, "\(text.debugDescription)")
            #expect(SearchWords.distinctWordList(in: text, limit: 100) ==
                    TextFoldingReference.distinctSearchWords(in: text, limit: 100).joined(separator: " "))
        }
    }

    @Test func distinctWordsKeepTheirFirstUseAcrossManyWords() {
        let text = (0..<5000).map { "w\($0 % 3000) Wörd\($0 % 7)" }.joined(separator: " ")
        #expect(SearchWords.distinctWords(in: text, limit: 4000) == TextFoldingReference.distinctSearchWords(in: text, limit: 4000))
        #expect(SearchWords.distinctWords(in: text, limit: 0) == TextFoldingReference.distinctSearchWords(in: text, limit: 0))
    }

    static let terms = [
        GlossaryTermPhrases(slug: "attachment", phrases: ["attachment", "attachments"]),
        GlossaryTermPhrases(slug: "secure", phrases: ["secure attachment", "secure attachment bond"]),
        GlossaryTermPhrases(slug: "skin", phrases: ["skin-to-skin contact"]),
        GlossaryTermPhrases(slug: "cues", phrases: ["baby's cues", "babies’ cues"]),
        GlossaryTermPhrases(slug: "nicu", phrases: ["NICU"]),
        GlossaryTermPhrases(slug: "cafe", phrases: ["Café", "cafe\u{301}"]),
        GlossaryTermPhrases(slug: "naive", phrases: ["naïve"]),
        GlossaryTermPhrases(slug: "kelvin", phrases: ["\u{212A}elvin"]),
        GlossaryTermPhrases(slug: "istanbul", phrases: ["İstanbul"]),
        GlossaryTermPhrases(slug: "sofia", phrases: ["σοφια"]),
        GlossaryTermPhrases(slug: "korea", phrases: ["한국", "\u{1112}\u{1161}\u{11AB} 한국"]),
        GlossaryTermPhrases(slug: "hindi", phrases: ["\u{938}\u{94D}"]),
        GlossaryTermPhrases(slug: "twelve", phrases: ["ⅻ to"]),
        GlossaryTermPhrases(slug: "fine", phrases: ["ﬁne bond"]),
        GlossaryTermPhrases(slug: "mark", phrases: ["a\u{345}"]),
    ]

    @Test func termMatchesAreFoundAsBefore() {
        let matcher = TermMatcher(Self.terms)
        let reference = ReferenceTermMatcher(Self.terms)
        for text in Self.randomTexts(count: 3000, seed: 2) + Self.pieces {
            let found = matcher.matches(in: text).map { "\(offsets($0.range, in: text))=\(matcher.slugs[$0.term])" }
            let expected = reference.matches(in: text).map { "\(offsets($0.range, in: text))=\($0.slug)" }
            #expect(found == expected, "\(text.debugDescription)")
            #expect(TermMatcher.normalize(text) == ReferenceTermMatcher.normalize(text), "\(text.debugDescription)")
        }
    }

    @Test func termsMatchAcrossWritingsOfOneWord() {
        let matcher = TermMatcher(Self.terms)
        let text = "A KELVIN, a \u{212A}elvin, Baby’s cues, babies cues, babies' cues, 한국 and \u{1112}\u{1161}\u{11AB}\u{00A0}한국."
        #expect(matcher.matches(in: text).map { matcher.slugs[$0.term] } == ["kelvin", "kelvin", "cues", "cues", "korea", "korea"])
        #expect(ReferenceTermMatcher(Self.terms).matches(in: text).map(\.slug) == ["kelvin", "kelvin", "cues", "cues", "korea", "korea"])
    }

    private func offsets(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    @Test func escapingAsBefore() {
        for text in Self.randomTexts(count: 3000, seed: 3) + Self.pieces {
            // The old escaper went by Character, and left a special character alone when it was
            // part of a larger Character (a mark after it, a prepended sign before it); those
            // texts are checked below.
            let expected = TextFoldingReference.escape(text)
            guard !text.contains(where: { $0.unicodeScalars.count > 1 && $0.unicodeScalars.contains { "&<>\"'".unicodeScalars.contains($0) } }) else { continue }
            #expect(HTMLText.escape(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func escapesASpecialCharacterThatAMarkFollows() {
        #expect(HTMLText.escape("a=\"\u{301}x") == "a=&quot;\u{301}x")
        #expect(HTMLText.escape("<\u{338}b>") == "&lt;\u{338}b&gt;")
        #expect(HTMLText.escape("\u{D4E}&") == "\u{D4E}&amp;")
        #expect(HTMLText.escape("plain ünïcödé") == "plain ünïcödé")
        #expect(HTMLText.escape("") == "")
        #expect(HTMLText.escape("Tom & Jerry's <b>\"x\"</b>") == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;x&quot;&lt;/b&gt;")
    }
}

/// A small seeded generator, so that a failure can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
