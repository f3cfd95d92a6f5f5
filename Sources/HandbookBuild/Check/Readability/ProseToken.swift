/// One whitespace-separated piece of a block of prose, with the words in it and the punctuation
/// that decides whether a sentence ends there.
///
/// This reads `Character`s and makes a `String` per word: it is the exact path for a token with
/// any character outside ASCII (curly quotes, accents, CJK, emoji). `ASCIIProseToken` gives the
/// same summary for a token in ASCII without either.
struct ProseToken {
    /// The words, in order: runs of letters and digits, joined across inner apostrophes and
    /// hyphens, across full stops between letters (`e.g`) and across full stops or commas between
    /// digits (`2.5`, `1,000`). Empty for a web address.
    let words: [String]
    /// Whether the punctuation after the last letter or digit holds `.`, `!`, `?` or `…`.
    let endsWithStop: Bool
    /// The lowercased text between the outer punctuation when a single full stop follows it,
    /// as `e.g` for `(e.g.,`: the token may be an abbreviation rather than a sentence's end.
    let abbreviationStem: String?
    /// The first letter or digit, if any.
    let firstCharacter: Character?

    private static let stops: Set<Character> = [".", "!", "?", "…", "‽"]
    private static let inWordJoiners: Set<Character> = ["'", "\u{2019}", "\u{02BC}", "-", "\u{2010}", "\u{2011}"]

    init(_ text: Substring) {
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        let core = text.drop { !isWordCharacter($0) }
        let ending = core.reversed().prefix { !isWordCharacter($0) }.reversed()
        let stem = core.dropLast(ending.count)
        firstCharacter = core.first
        let trailing = stem.isEmpty ? Array(text) : Array(ending)
        endsWithStop = trailing.contains { Self.stops.contains($0) }
        if trailing.first == ".", !trailing.dropFirst().contains(where: { Self.stops.contains($0) }), !stem.isEmpty {
            abbreviationStem = stem.lowercased()
        } else {
            abbreviationStem = nil
        }
        let isWebAddress = text.contains("://") || core.lowercased().hasPrefix("www.")
        words = isWebAddress ? [] : Self.words(in: Array(stem))
    }

    /// What counting needs of the token, its words' syllables counted by `counter`.
    func summary(counter: SyllableCounter) -> TokenSummary {
        let start: TokenSummary.Start = switch firstCharacter {
        case nil: .none
        case let first?: first.isLowercase || first.isNumber ? .lowercaseOrDigit : .other
        }
        return TokenSummary(words: words.count, syllables: words.reduce(0) { $0 + counter.syllables(in: $1) },
                            endsWithStop: endsWithStop, stem: SentenceSplitter.stem(abbreviationStem), start: start)
    }

    private static func words(in characters: [Character]) -> [String] {
        var words: [String] = []
        var word = ""
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty, index + 1 < characters.count,
                      joins(characters[index - 1], characters[index + 1], across: character) {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    private static func joins(_ before: Character, _ after: Character, across joiner: Character) -> Bool {
        let bothLetters = before.isLetter && after.isLetter
        let bothDigits = before.isNumber && after.isNumber
        switch joiner {
        case ".": return bothLetters || bothDigits
        case ",": return bothDigits
        default: return inWordJoiners.contains(joiner) && (after.isLetter || after.isNumber)
        }
    }
}
