import Foundation
@testable import HandbookBuild
import Testing

/// The readability counts read UTF-8 bytes, with a `Character` path for anything outside ASCII:
/// these compare them with the old counts (`LegacyReadability.swift`) on random prose.
@Suite struct ReadabilityDifferentialTests {
    @Test func countsRandomProseAsBefore() {
        var random = SeededRandom(seed: 0x5EED_0F_2EAD)
        var mismatches: [String] = []
        for _ in 0..<4_000 {
            let text = RandomProse.text(using: &random)
            let score = ReadabilityScore(measuring: text)
            let legacy = legacyCounts(measuring: text)
            if (score.words, score.sentences, score.syllables) != legacy {
                mismatches.append("\(text.debugDescription): \((score.words, score.sentences, score.syllables)), not \(legacy)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).joined(separator: "\n"))")
    }

    @Test func countsRandomWordsAsBefore() {
        var random = SeededRandom(seed: 42)
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let word = RandomProse.asciiWord(using: &random)
            let score = ReadabilityScore(measuring: word)
            let legacy = legacyCounts(measuring: word)
            if (score.words, score.sentences, score.syllables) != legacy { mismatches.append(word) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Every spelling, uppercase letters included (the `Character` path can pass one on after
    /// folding an accent), and every length around the 40 letters where tails stop being split.
    @Test func estimatesSpelledWordsAsBefore() {
        var random = SeededRandom(seed: 7)
        let alphabet = Array("aeiouyaeiouybcdfghlmnqrstvxzthmsAEY")
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let length = random.next(below: 46)
            var spelling = String((0..<length).map { _ in alphabet[random.next(below: alphabet.count)] })
            if random.next(below: 3) == 0 {
                spelling += ["ly", "ment", "fully", "times", "thing", "where", "body", "less"][random.next(below: 8)]
            }
            let old = LegacySpelledWord(spelling).estimatedSyllables
            let new = Array(spelling.utf8).withUnsafeBufferPointer { SpelledWord(letters: $0).estimatedSyllables }
            if old != new { mismatches.append("\(spelling): \(new), not \(old)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test(arguments: [
        "\u{0600} word. Next", " \u{301}word. Next", "a\u{200D} b. C", "\u{301}\n\n x", "word \u{0903}. Next",
        "\u{FEFF} Dr. Who", "e\u{301}tc. and", "“Etc.” and", "i.e.\u{A0}now", "Dr.\u{3000}Lee", "\r\n\r\n",
        "a\u{2028}\u{2028}b", "a\u{85}\u{85}b", "a\u{0B}\u{0C}b", "a\r\rb", "x\u{1F3FB} y", " \u{1F3FB}y. Z",
    ])
    func countsTextAroundGraphemeClustersAsBefore(text: String) {
        let score = ReadabilityScore(measuring: text)
        #expect((score.words, score.sentences, score.syllables) == legacyCounts(measuring: text))
    }

    /// The scalars `UTF8Prose` splits beside whitespace without asking `Character` must each be a
    /// character apart from the whitespace on either side.
    @Test func scalarsSaidToStayApartFromWhitespaceDo() {
        let spaces: [Unicode.Scalar] = [" ", "\u{A0}", "\u{3000}"]
        var joined: [String] = []
        for value in UInt32(0x80)...0x1FFFF where UTF8Prose.staysApartFromWhitespace(value) {
            guard let scalar = Unicode.Scalar(value), !UTF8Prose.isWhitespace(value) else { continue }
            for space in spaces {
                var before = String.UnicodeScalarView(), after = String.UnicodeScalarView()
                before.append(contentsOf: [space, scalar])
                after.append(contentsOf: [scalar, space])
                if String(before).count != 2 || String(after).count != 2 {
                    joined.append(String(value, radix: 16))
                }
            }
        }
        #expect(joined.isEmpty, "\(joined.prefix(20))")
    }

    @Test func asciiByteTestsMatchCharacterProperties() {
        for byte in UInt8(0)..<0x80 {
            let character = Character(Unicode.Scalar(byte))
            #expect(ASCIIText.isWhitespace(byte) == character.isWhitespace, "\(byte)")
            #expect(UTF8Prose.isWhitespace(UInt32(byte)) == character.isWhitespace, "\(byte)")
            #expect(ASCIIText.isLetter(byte) == character.isLetter, "\(byte)")
            #expect(ASCIIText.isDigit(byte) == character.isNumber, "\(byte)")
            #expect(ASCIIText.isLowercaseLetter(byte) == character.isLowercase, "\(byte)")
            #expect(Character(Unicode.Scalar(ASCIIText.lowercased(byte))) == Character(character.lowercased()), "\(byte)")
        }
        for value in UInt32(0x80)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(UTF8Prose.isWhitespace(value) == Character(scalar).isWhitespace, "\(value)")
        }
    }

    /// A pasted run of letters is read in time linear in its length, on either path.
    @Test func longWordsAreCountedQuickly() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = ReadabilityScore(measuring: String(repeating: "a", count: 20_000))
            _ = ReadabilityScore(measuring: "x" + String(repeating: "time", count: 20_000))
            _ = ReadabilityScore(measuring: String(repeating: "ieoua", count: 4_000) + ".")
        }
        #expect(elapsed < .seconds(2))
    }
}

/// SplitMix64: the same numbers from the same seed on every run and platform.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func element<T>(of elements: [T]) -> T {
        elements[next(below: elements.count)]
    }
}
