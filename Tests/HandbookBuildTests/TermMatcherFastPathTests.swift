@testable import HandbookBuild
import Testing

/// `TermMatcher` against the plain `ReferenceTermMatcher` with many terms (more than the
/// first-word table's filter could hold apart), whose words share beginnings, endings and
/// lengths with each other and with the text's other words: words that look like the start of
/// a phrase but are not, words of eight letters and more (read a chunk at a time), any case.
@Suite struct TermMatcherFastPathTests {
    private static let stems = [
        "a", "ab", "to", "cue", "cues", "cuE", "base", "bases", "bond", "time", "timein", "play", "player", "sleep",
        "skin", "secure", "securely", "attach", "attachment", "attachments", "abcdefgh", "abcdefghi", "abcdefgg",
        "abcdefgh1", "x9", "99", "paediatrician", "paediatricians", "baby's", "babies", "naïve", "café",
    ]

    private static func randomCase(_ word: String, using generator: inout SplitMix64) -> String {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: word.uppercased()
        case 1: word.prefix(1).uppercased() + word.dropFirst()
        default: word
        }
    }

    private static func terms(using generator: inout SplitMix64) -> [GlossaryTermPhrases] {
        var seen: Set<String> = []
        var terms: [GlossaryTermPhrases] = []
        for number in 0..<150 {
            var phrases: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in stems.randomElement(using: &generator)! }
                let phrase = words.joined(separator: Bool.random(using: &generator) ? " " : "-")
                if seen.insert(ReferenceTermMatcher.normalize(phrase)).inserted { phrases.append(phrase) }
            }
            terms.append(GlossaryTermPhrases(slug: "t\(number)", phrases: phrases))
        }
        return terms
    }

    @Test func manyTermsMatchAsBefore() {
        var generator = SplitMix64(seed: 17)
        let terms = Self.terms(using: &generator)
        let matcher = TermMatcher(terms)
        let reference = ReferenceTermMatcher(terms)
        let others = ["the", "attached", "sec", "secur", "timeinx", "abcdefghij", "bon", "q", "tim"]
        let gaps = [" ", " ", " ", "-", "  ", ", ", ". ", "\u{A0}", "’", "'", "—", "\n"]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...16, using: &generator) {
                let word = Int.random(in: 0..<5, using: &generator) == 0 ? others.randomElement(using: &generator)!
                    : Self.stems.randomElement(using: &generator)!
                text += Self.randomCase(word, using: &generator) + gaps.randomElement(using: &generator)!
            }
            if Bool.random(using: &generator) { text = String(text.dropLast()) }
            let found = matcher.matches(in: text).map { "\(offsets($0.range, in: text))=\(matcher.slugs[$0.term])" }
            let expected = reference.matches(in: text).map { "\(offsets($0.range, in: text))=\($0.slug)" }
            #expect(found == expected, "\(text.debugDescription)")
        }
    }

    @Test func wordsThatOnlyBeginOrEndLikeAPhraseAreNotMatched() {
        let matcher = TermMatcher([
            GlossaryTermPhrases(slug: "attachment", phrases: ["attachment"]),
            GlossaryTermPhrases(slug: "long", phrases: ["abcdefgh abcdefghi"]),
        ])
        let text = "attachments, nonattachment, attachmen, ATTACHMENT’S, abcdefgh abcdefgh, abcdefgh-ABCDEFGHI, ATTACHMENT"
        #expect(matcher.matches(in: text).map { String(text[$0.range]) } == ["abcdefgh-ABCDEFGHI", "ATTACHMENT"])
    }

    private func offsets(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }
}
