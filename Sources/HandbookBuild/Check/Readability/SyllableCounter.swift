import Foundation

/// Estimates how many syllables a word has when said in English, from its spelling.
///
/// A hyphenated compound or an initialism is counted part by part (`well-being` is 1 + 2, `e.g.`
/// is 1 + 1); a number (`2.5`, `1,000`) counts as one syllable; every part has at least one.
/// Accents are ignored (`café` is spelled `cafe`). Each part is looked up in `exceptions`, the
/// common words the spelling rules get wrong, and otherwise estimated by `SpelledWord`.
struct SyllableCounter {
    private static let partBreaks: Set<Character> = ["-", "\u{2010}", "\u{2011}", "."]
    private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}"]

    func syllables(in word: String) -> Int {
        guard word.contains(where: \.isLetter) else { return 1 }
        let parts = word.split { Self.partBreaks.contains($0) }
        return max(1, parts.reduce(0) { $0 + syllables(inPart: $1) })
    }

    private func syllables(inPart part: Substring) -> Int {
        guard part.contains(where: \.isLetter) else { return 1 }
        let folded = part.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let letters = String(folded.filter { $0.isASCII && $0.isLetter })
        if let known = Self.exceptions[letters] { return known }
        return SpelledWord(letters).estimatedSyllables + (saysNotApart(folded) ? 1 : 0)
    }

    /// Whether a contraction says its "n't" as a syllable of its own: "did-n't" and "is-n't" do,
    /// "don't" and "can't" do not.
    private func saysNotApart(_ part: String) -> Bool {
        let characters = Array(part.suffix(4))
        guard characters.count == 4, characters[3] == "t", Self.apostrophes.contains(characters[2]),
              characters[1] == "n" else { return false }
        return characters[0].isLetter && !"aeiouy".contains(characters[0])
    }
}
