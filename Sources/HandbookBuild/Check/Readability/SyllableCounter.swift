import Foundation

/// Estimates how many syllables a word has when said in English, from its spelling.
///
/// A hyphenated compound or an initialism is counted part by part (`well-being` is 1 + 2, `e.g.`
/// is 1 + 1); a number (`2.5`, `1,000`) counts as one syllable; every part has at least one.
/// Accents are ignored (`café` is spelled `cafe`). Each part is looked up in `exceptions`, the
/// common words the spelling rules get wrong, and otherwise estimated by `SpelledWord`.
///
/// Words in ASCII, nearly all of them, are counted on their UTF-8 bytes without allocating;
/// any other word takes the `Character` path, which folds accents with Foundation.
struct SyllableCounter {
    private static let partBreaks: Set<Character> = ["-", "\u{2010}", "\u{2011}", "."]
    private static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}"]

    func syllables(in word: String) -> Int {
        var word = word
        if let ascii = word.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? syllables(inASCIIWord: $0) : nil }) {
            return ascii
        }
        guard word.contains(where: \.isLetter) else { return 1 }
        let parts = word.split { Self.partBreaks.contains($0) }
        return max(1, parts.reduce(0) { $0 + syllables(inPart: $1) })
    }

    private func syllables(inPart part: Substring) -> Int {
        guard part.contains(where: \.isLetter) else { return 1 }
        let folded = part.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        var letters = String(folded.filter { $0.isASCII && $0.isLetter })
        if let known = Self.exceptions[letters] { return known }
        return letters.withUTF8 { SpelledWord(letters: $0).estimatedSyllables } + (saysNotApart(folded) ? 1 : 0)
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

extension SyllableCounter {
    /// The syllables of a word in ASCII: letters and digits, joined by `'`, `-`, `.` or `,`.
    /// The same count as `syllables(in:)` gives the word as a `String`.
    func syllables(inASCIIWord word: UnsafeBufferPointer<UInt8>) -> Int {
        guard word.contains(where: ASCIIText.isLetter) else { return 1 }
        var total = 0
        var partStart = 0
        for index in 0...word.count where index == word.count || Self.isASCIIPartBreak(word[index]) {
            if index > partStart {
                total += syllables(inASCIIPart: UnsafeBufferPointer(rebasing: word[partStart..<index]))
            }
            partStart = index + 1
        }
        return max(1, total)
    }

    private static func isASCIIPartBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private func syllables(inASCIIPart part: UnsafeBufferPointer<UInt8>) -> Int {
        guard part.contains(where: ASCIIText.isLetter) else { return 1 }
        let notApart = saysNotApart(ascii: part) ? 1 : 0
        if part.allSatisfy(ASCIIText.isLowercaseLetter) {
            return Self.syllables(ofLetters: part, notApart: notApart)
        }
        // Lowercase the letters and leave out the digits and apostrophes, as `syllables(inPart:)`
        // does, in a buffer on the stack for words of ordinary length.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: part.count) { buffer in
            var count = 0
            for byte in part where ASCIIText.isLetter(byte) {
                buffer[count] = ASCIIText.lowercased(byte)
                count += 1
            }
            return Self.syllables(ofLetters: UnsafeBufferPointer(rebasing: buffer[..<count]), notApart: notApart)
        }
    }

    private static func syllables(ofLetters letters: UnsafeBufferPointer<UInt8>, notApart: Int) -> Int {
        if let known = exception(letters) { return known }
        return SpelledWord(letters: letters).estimatedSyllables + notApart
    }

    /// `saysNotApart(_:)` for a part in ASCII, whose lowercase form is its folded form.
    private func saysNotApart(ascii part: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = part.count
        guard count >= 4, ASCIIText.lowercased(part[count - 1]) == UInt8(ascii: "t"),
              part[count - 2] == UInt8(ascii: "'"), ASCIIText.lowercased(part[count - 3]) == UInt8(ascii: "n")
        else { return false }
        let first = ASCIIText.lowercased(part[count - 4])
        return ASCIIText.isLetter(first) && !ASCIIText.isOne(first, of: "aeiouy")
    }
}
