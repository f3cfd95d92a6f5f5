/// A word spelled in lowercase a–z, with the spelling rules that estimate its English syllables.
///
/// The estimate counts groups of vowels: a, e, i, o, u, and y unless it starts the word or sits
/// between vowels ("yes", "play-er"). Some vowel pairs are said apart and start a new group
/// ("pi-a-no", "ra-di-o", "u-su-al", "qui-et", "cry-ing", "be-ing"). Then it drops the endings
/// that add no sound: a silent final "e" ("make", but not the "-le" of "lit-tle"), "-ed" after a
/// sound other than t or d ("jumped", but "want-ed"), "-es" after a sound other than s, z, ch,
/// sh or soft g ("makes", but "box-es"). A silent "e" before a suffix or a second word is dropped
/// by counting the two halves apart ("love-ly", "some-times").
struct SpelledWord {
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

    private func splitAfterSilentE() -> (SpelledWord, SpelledWord)? {
        guard letters.count <= 40 else { return nil }
        for tail in Self.tails where hasSuffix(tail) && letters.count - tail.count >= 4 {
            let stem = SpelledWord(letters.dropLast(tail.count))
            let end = stem.letters.count - 1
            if stem.letters[end] == "e", stem.isConsonant(at: end - 1) { return (stem, SpelledWord(tail)) }
        }
        return nil
    }
}
