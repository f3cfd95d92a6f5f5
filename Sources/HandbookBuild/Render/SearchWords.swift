import Foundation

/// Splits text into the words search matches on, folded the way `search.js` folds what the
/// reader types: lower case, accents dropped, apostrophes dropped (`baby’s` → `babys`), and
/// anything that is not a letter, mark or digit a separator (`skin-to-skin` → `skin to skin`).
enum SearchWords {
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || isAccent(scalar) { continue }
            if isWordPart(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word.removeAll()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Each word once, in the order of first use, at most `limit` of them.
    static func distinctWords(in text: String, limit: Int) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for word in words(in: text) where seen.insert(word).inserted {
            result.append(word)
            if result.count == limit { break }
        }
        return result
    }

    /// The marks that JavaScript's `normalize("NFD")` splits off Latin letters and the script
    /// removes with `/[\u0300-\u036f]/g`.
    private static func isAccent(_ scalar: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(scalar.value)
    }

    /// `\p{L}`, `\p{M}` or `\p{N}`: what the script's `/[^\p{L}\p{M}\p{N}]+/u` keeps together.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
