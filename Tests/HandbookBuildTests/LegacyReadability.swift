// The readability counts as they were before they read UTF-8 bytes, kept verbatim (only the
// type names prefixed with `Legacy`) as the reference `ReadabilityDifferentialTests` compares
// the new code against. Not used by the build.
import Foundation

/// The old `ReadabilityScore(measuring:)`: words, sentences and syllables.
func legacyCounts(measuring text: String) -> (words: Int, sentences: Int, syllables: Int) {
    let sentences = LegacySentenceSplitter().sentences(in: text)
    let counter = LegacySyllableCounter()
    let syllables = sentences.joined().reduce(0) { $0 + counter.syllables(in: $1) }
    return (sentences.reduce(0) { $0 + $1.count }, sentences.count, syllables)
}

/// One whitespace-separated piece of a block of prose, with the words in it and the punctuation
/// that decides whether a sentence ends there.
struct LegacyProseToken {
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

/// Splits prose into sentences of words, the units the Flesch–Kincaid formula counts.
///
/// Blocks are separated by blank lines, and the end of a block ends its last sentence. Inside a
/// block a token ending in `.`, `!`, `?` or `…` ends the sentence, unless it is a title such as
/// `Dr.` or an abbreviation such as `e.g.` followed by a lowercase word or a number. A sentence
/// needs at least one word, so stray punctuation (`...`, a lone web address) adds none.
struct LegacySentenceSplitter {
    /// Titles come before a name, so they never end a sentence.
    private static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "st", "prof"]
    /// These end a sentence only when the next word starts with a capital letter.
    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "cf", "a.m", "p.m"]

    /// The words of each sentence, in order.
    func sentences(in text: String) -> [[String]] {
        blocks(of: text).flatMap(sentences(inBlock:))
    }

    private func blocks(of text: String) -> [[LegacyProseToken]] {
        var blocks: [[LegacyProseToken]] = []
        var block: [LegacyProseToken] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                if !block.isEmpty { blocks.append(block) }
                block = []
            } else {
                block += line.split(whereSeparator: \.isWhitespace).map(LegacyProseToken.init)
            }
        }
        if !block.isEmpty { blocks.append(block) }
        return blocks
    }

    private func sentences(inBlock tokens: [LegacyProseToken]) -> [[String]] {
        var sentences: [[String]] = []
        var sentence: [String] = []
        for (index, token) in tokens.enumerated() {
            sentence += token.words
            guard token.endsWithStop, !sentence.isEmpty else { continue }
            let next = tokens[(index + 1)...].first { $0.firstCharacter != nil }
            if continues(after: token, before: next) { continue }
            sentences.append(sentence)
            sentence = []
        }
        if !sentence.isEmpty { sentences.append(sentence) }
        return sentences
    }

    private func continues(after token: LegacyProseToken, before next: LegacyProseToken?) -> Bool {
        guard let stem = token.abbreviationStem else { return false }
        if Self.titles.contains(stem) { return true }
        guard Self.abbreviations.contains(stem), let first = next?.firstCharacter else { return false }
        return first.isLowercase || first.isNumber
    }
}

/// A word spelled in lowercase a–z, with the spelling rules that estimate its English syllables.
///
/// The estimate counts groups of vowels: a, e, i, o, u, and y unless it starts the word or sits
/// between vowels ("yes", "play-er"). Some vowel pairs are said apart and start a new group
/// ("pi-a-no", "ra-di-o", "u-su-al", "qui-et", "cry-ing", "be-ing"). Then it drops the endings
/// that add no sound: a silent final "e" ("make", but not the "-le" of "lit-tle"), "-ed" after a
/// sound other than t or d ("jumped", but "want-ed"), "-es" after a sound other than s, z, ch,
/// sh or soft g ("makes", but "box-es"). A silent "e" before a suffix or a second word is dropped
/// by counting the two halves apart ("love-ly", "some-times").
struct LegacySpelledWord {
    let letters: [Character]

    private static let plainVowels: Set<Character> = ["a", "e", "i", "o", "u"]
    /// Endings counted on their own when the word before them ends in a silent "e".
    private static let tails = [
        "ly", "ty", "ment", "ments", "ful", "fully", "less", "ness",
        "one", "thing", "things", "time", "times", "where", "body", "work",
    ]

    init<S: Sequence>(_ spelling: S) where S.Element == Character {
        letters = Array(spelling)
    }

    var estimatedSyllables: Int {
        if let (stem, tail) = splitAfterSilentE() {
            return stem.estimatedSyllables + tail.estimatedSyllables
        }
        let groups = vowelGroups
        return max(1, groups - (groups > 1 ? silentEndings : 0) + spokenEndings)
    }

    private var vowelGroups: Int {
        letters.indices.filter { isVowel(at: $0) && (!isVowel(at: $0 - 1) || startsNewGroup(at: $0)) }.count
    }

    private func letter(at index: Int) -> Character? {
        letters.indices.contains(index) ? letters[index] : nil
    }

    private func isPlainVowel(at index: Int) -> Bool {
        letter(at: index).map(Self.plainVowels.contains) ?? false
    }

    private func isVowel(at index: Int) -> Bool {
        guard let letter = letter(at: index) else { return false }
        if Self.plainVowels.contains(letter) { return true }
        return letter == "y" && index > 0 && !(isPlainVowel(at: index - 1) && isPlainVowel(at: index + 1))
    }

    private func isConsonant(at index: Int) -> Bool {
        letter(at: index) != nil && !isVowel(at: index)
    }

    private func hasSuffix(_ suffix: String) -> Bool {
        letters.count >= suffix.count && letters.suffix(suffix.count).elementsEqual(suffix)
    }

    /// Whether the vowel at `index`, which follows another vowel, is said as a syllable of its own.
    private func startsNewGroup(at index: Int) -> Bool {
        let before = letter(at: index - 2) ?? " "
        // Every comparison below looks at three letters at most: a long pasted word stays linear.
        let rest = String(letters[(index + 1)...].prefix(4))
        let next = rest.first ?? " "
        switch (letters[index - 1], letters[index]) {
        case ("y", "e"): return !["", "s", "d"].contains(rest)  // "dry-er", but "bye", "dyed"
        case ("y", _): return true                               // "cry-ing", "an-y-one"
        case ("i", "a"): return !"ctsg".contains(before)         // "pi-a-no", but "so-cial"
        case ("i", "o"):                                         // "ra-di-o", but "ac-tion", "be-hav-iour"
            let glide = "nv".contains(before) && (rest.hasPrefix("r") || rest.hasPrefix("n") || rest.hasPrefix("ur"))
            return !"ctsxgl".contains(before) && !glide
        case ("i", "u"): return true                             // "me-di-um"
        case ("u", "a"), ("u", "o"): return !"qg".contains(before)  // "u-su-al", but "e-qual"
        case ("u", "e"): return "ln".contains(next) && !"qg".contains(before)  // "fu-el", "flu-ent"
        case ("o", "e"): return "mtv".contains(next)             // "po-em", "who-ev-er"
        case ("e", "o"): return before != "g" && next != "p"     // "vid-e-o", but "peo-ple"
        case ("i", "e"):
            if next == "t" { return true }                       // "qui-et", "so-ci-e-ty"
            if rest.hasPrefix("nc") || rest.hasPrefix("nt") { return !"cts".contains(before) }  // "cli-ent"
            return (rest == "r" || rest == "st") && index >= 3   // "hap-pi-er", but "pier"
        default: break
        }
        return letters[index] == "i" && (rest == "ng" || rest == "ngs")  // "be-ing", "go-ing"
    }

    /// Endings spelled with a vowel but not said as a syllable.
    private var silentEndings: Int {
        let last = letters.count - 1
        let consonantBeforeEnding = isConsonant(at: last - 2)
        let syllabicL = "lr".contains(letter(at: last - 2) ?? " ") && isConsonant(at: last - 3)
        if hasSuffix("que") || hasSuffix("gue") { return 1 }
        if hasSuffix("e") {
            let syllabicLe = (hasSuffix("le") || hasSuffix("re")) && isConsonant(at: last - 2)
            return isConsonant(at: last - 1) && !syllabicLe ? 1 : 0
        }
        if hasSuffix("ed") {
            return consonantBeforeEnding && !"td".contains(letters[last - 2]) && !syllabicL ? 1 : 0
        }
        if hasSuffix("es") {
            let sibilant = "sxzcg".contains(letters[last - 2])
                || (letters[last - 2] == "h" && "cs".contains(letter(at: last - 3) ?? " "))
            return consonantBeforeEnding && !sibilant && !syllabicL ? 1 : 0
        }
        return 0
    }

    /// Endings said as a syllable without a vowel: "au-tis-m", "rhy-thms".
    private var spokenEndings: Int {
        let end = hasSuffix("s") ? letters.count - 1 : letters.count
        let ending = String(letters[..<end].suffix(3))
        return ending == "thm" || (ending.hasSuffix("sm") && isVowel(at: end - 3)) ? 1 : 0
    }

    private func splitAfterSilentE() -> (LegacySpelledWord, LegacySpelledWord)? {
        guard letters.count <= 40 else { return nil }
        for tail in Self.tails where hasSuffix(tail) && letters.count - tail.count >= 4 {
            let stem = LegacySpelledWord(letters.dropLast(tail.count))
            let end = stem.letters.count - 1
            if stem.letters[end] == "e", stem.isConsonant(at: end - 1) { return (stem, LegacySpelledWord(tail)) }
        }
        return nil
    }
}


/// Estimates how many syllables a word has when said in English, from its spelling.
///
/// A hyphenated compound or an initialism is counted part by part (`well-being` is 1 + 2, `e.g.`
/// is 1 + 1); a number (`2.5`, `1,000`) counts as one syllable; every part has at least one.
/// Accents are ignored (`café` is spelled `cafe`). Each part is looked up in `exceptions`, the
/// common words the spelling rules get wrong, and otherwise estimated by `LegacySpelledWord`.
struct LegacySyllableCounter {
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
        return LegacySpelledWord(letters).estimatedSyllables + (saysNotApart(folded) ? 1 : 0)
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

extension LegacySyllableCounter {
    /// Common words whose spelling misleads the rules in `LegacySpelledWord`, with the syllables a
    /// dictionary gives them. Keys are lowercase, without accents or apostrophes.
    static let exceptions: [String: Int] = [
        // "ev-ry", not "ev-er-y"
        "every": 2, "everyday": 3, "everyone": 3, "everybody": 4, "everything": 3, "everywhere": 3,
        "evening": 2, "evenings": 2,
        // "ea" said as two vowels
        "area": 3, "areas": 3, "idea": 3, "ideas": 3,
        "create": 2, "creates": 2, "created": 3, "creating": 3, "creation": 3, "creative": 3,
        "creativity": 5, "react": 2, "reacts": 2, "reacted": 3, "reacting": 3, "reaction": 3,
        "reactions": 3, "reassure": 3, "reassured": 3, "reassuring": 4, "reassurance": 4,
        // other vowel pairs said apart, or run together
        "science": 2, "scientist": 3, "scientists": 3, "scientific": 4, "lion": 2, "lions": 2,
        "museum": 3, "naive": 2, "business": 2, "businesses": 3, "lawyer": 2, "canyon": 2,
        "cooperate": 4, "cooperation": 5,
        // a final "e" that is said
        "maybe": 2, "recipe": 3, "recipes": 3, "cafe": 2, "cafes": 2, "argue": 2, "argues": 2, "argued": 2,
    ]
}
