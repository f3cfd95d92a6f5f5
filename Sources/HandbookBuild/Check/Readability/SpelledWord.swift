/// A word spelled in lowercase a–z, with the spelling rules that estimate its English syllables.
///
/// The estimate counts groups of vowels: a, e, i, o, u, and y unless it starts the word or sits
/// between vowels ("yes", "play-er"). Some vowel pairs are said apart and start a new group
/// ("pi-a-no", "ra-di-o", "u-su-al", "qui-et", "cry-ing", "be-ing"). Then it drops the endings
/// that add no sound: a silent final "e" ("make", but not the "-le" of "lit-tle"), "-ed" after a
/// sound other than t or d ("jumped", but "want-ed"), "-es" after a sound other than s, z, ch,
/// sh or soft g ("makes", but "box-es"). A silent "e" before a suffix or a second word is dropped
/// by counting the two halves apart ("love-ly", "some-times").
///
/// The letters are ASCII bytes borrowed from the caller, so estimating a word allocates nothing:
/// `SpelledWord` is valid only inside the closure that lends them. Any other ASCII letter (an
/// uppercase one, which callers do not normally pass) counts as a consonant.
struct SpelledWord {
    let letters: UnsafeBufferPointer<UInt8>

    /// Endings counted on their own when the word before them ends in a silent "e", with their
    /// syllables; in this order, the first that fits is taken ("care-fully", not "careful-ly").
    private static let tails: [(letters: [UInt8], syllables: Int)] = [
        "ly", "ty", "ment", "ments", "ful", "fully", "less", "ness",
        "one", "thing", "things", "time", "times", "where", "body", "work",
    ].map { tail in
        let letters = Array(tail.utf8)
        // No tail ends in another with four letters before it, so none would be split again.
        return (letters, letters.withUnsafeBufferPointer { SpelledWord(letters: $0).syllablesByVowelGroups })
    }

    init(letters: UnsafeBufferPointer<UInt8>) {
        self.letters = letters
    }

    var estimatedSyllables: Int {
        if let (stem, tailSyllables) = splitAfterSilentE() {
            return stem.estimatedSyllables + tailSyllables
        }
        return syllablesByVowelGroups
    }

    /// The estimate for the word as a whole, without splitting off a tail.
    private var syllablesByVowelGroups: Int {
        let groups = vowelGroups
        return max(1, groups - (groups > 1 ? silentEndings : 0) + spokenEndings)
    }

    private var vowelGroups: Int {
        var groups = 0
        for index in letters.indices where isVowel(at: index) && (!isVowel(at: index - 1) || startsNewGroup(at: index)) {
            groups += 1
        }
        return groups
    }

    /// The letter at `index`, or 0 (no letter) outside the word.
    private func letter(at index: Int) -> UInt8 {
        index >= 0 && index < letters.count ? letters[index] : 0
    }

    private func isPlainVowel(at index: Int) -> Bool {
        ASCIIText.isPlainVowel(letter(at: index))
    }

    private func isVowel(at index: Int) -> Bool {
        let letter = letter(at: index)
        if ASCIIText.isPlainVowel(letter) { return true }
        return letter == .y && index > 0 && !(isPlainVowel(at: index - 1) && isPlainVowel(at: index + 1))
    }

    private func isConsonant(at index: Int) -> Bool {
        letter(at: index) != 0 && !isVowel(at: index)
    }

    private func hasSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard letters.count >= count else { return false }
        let start = letters.count - count
        return (0..<count).allSatisfy { letters[start + $0] == suffix.utf8Start[$0] }
    }

    private func hasSuffix(_ suffix: [UInt8]) -> Bool {
        letters.count >= suffix.count && letters[(letters.count - suffix.count)...].elementsEqual(suffix)
    }

    /// Whether the vowel at `index`, which follows another vowel, is said as a syllable of its own.
    private func startsNewGroup(at index: Int) -> Bool {
        let before = letter(at: index - 2)
        // Every comparison below looks at three letters at most: a long pasted word stays linear.
        // `rest` was the next four letters at most; `restCount` is how many there are.
        let restCount = min(4, letters.count - index - 1)
        let next = letter(at: index + 1)
        let second = letter(at: index + 2)
        let third = letter(at: index + 3)
        let isIn = ASCIIText.isOne
        switch (letters[index - 1], letters[index]) {
        case (.y, .e): return !(restCount == 0 || (restCount == 1 && isIn(next, "sd")))  // "dry-er", but "bye", "dyed"
        case (.y, _): return true                                          // "cry-ing", "an-y-one"
        case (.i, .a): return !isIn(before, "ctsg")                        // "pi-a-no", but "so-cial"
        case (.i, .o):                                                     // "ra-di-o", but "ac-tion", "be-hav-iour"
            let glide = isIn(before, "nv") && (next == .r || next == .n || (next == .u && second == .r))
            return !isIn(before, "ctsxgl") && !glide
        case (.i, .u): return true                                         // "me-di-um"
        case (.u, .a), (.u, .o): return !isIn(before, "qg")                // "u-su-al", but "e-qual"
        case (.u, .e): return isIn(next, "ln") && !isIn(before, "qg")      // "fu-el", "flu-ent"
        case (.o, .e): return isIn(next, "mtv")                            // "po-em", "who-ev-er"
        case (.e, .o): return before != .g && next != .p                   // "vid-e-o", but "peo-ple"
        case (.i, .e):
            if next == .t { return true }                                  // "qui-et", "so-ci-e-ty"
            if next == .n && (second == .c || second == .t) { return !isIn(before, "cts") }  // "cli-ent"
            // "hap-pi-er", but "pier"
            return ((restCount == 1 && next == .r) || (restCount == 2 && next == .s && second == .t)) && index >= 3
        default: break
        }
        // "be-ing", "go-ing"
        return letters[index] == .i && next == .n && second == .g
            && (restCount == 2 || (restCount == 3 && third == .s))
    }

    /// Endings spelled with a vowel but not said as a syllable.
    private var silentEndings: Int {
        let last = letters.count - 1
        let consonantBeforeEnding = isConsonant(at: last - 2)
        let syllabicL = ASCIIText.isOne(letter(at: last - 2), of: "lr") && isConsonant(at: last - 3)
        if hasSuffix("que") || hasSuffix("gue") { return 1 }
        if hasSuffix("e") {
            let syllabicLe = (hasSuffix("le") || hasSuffix("re")) && isConsonant(at: last - 2)
            return isConsonant(at: last - 1) && !syllabicLe ? 1 : 0
        }
        if hasSuffix("ed") {
            return consonantBeforeEnding && !ASCIIText.isOne(letter(at: last - 2), of: "td") && !syllabicL ? 1 : 0
        }
        if hasSuffix("es") {
            let sibilant = ASCIIText.isOne(letter(at: last - 2), of: "sxzcg")
                || (letter(at: last - 2) == .h && ASCIIText.isOne(letter(at: last - 3), of: "cs"))
            return consonantBeforeEnding && !sibilant && !syllabicL ? 1 : 0
        }
        return 0
    }

    /// Endings said as a syllable without a vowel: "au-tis-m", "rhy-thms".
    private var spokenEndings: Int {
        let end = hasSuffix("s") ? letters.count - 1 : letters.count
        // The last three letters before a final "s": "thm", or "sm" after a vowel.
        let thm = end >= 3 && letters[end - 3] == .t && letters[end - 2] == .h && letters[end - 1] == .m
        let sm = end >= 2 && letters[end - 2] == .s && letters[end - 1] == .m && isVowel(at: end - 3)
        return thm || sm ? 1 : 0
    }

    /// The word before a tail in `tails` when it ends in a silent "e", with the tail's syllables.
    private func splitAfterSilentE() -> (SpelledWord, Int)? {
        guard letters.count <= 40 else { return nil }
        for tail in Self.tails where hasSuffix(tail.letters) && letters.count - tail.letters.count >= 4 {
            let stem = SpelledWord(letters: UnsafeBufferPointer(rebasing: letters.dropLast(tail.letters.count)))
            let end = stem.letters.count - 1
            if stem.letters[end] == .e, stem.isConsonant(at: end - 1) { return (stem, tail.syllables) }
        }
        return nil
    }
}

/// The letters the spelling rules name, as ASCII bytes (computed, so they cost nothing at run time).
private extension UInt8 {
    static var a: UInt8 { UInt8(ascii: "a") }
    static var c: UInt8 { UInt8(ascii: "c") }
    static var e: UInt8 { UInt8(ascii: "e") }
    static var g: UInt8 { UInt8(ascii: "g") }
    static var h: UInt8 { UInt8(ascii: "h") }
    static var i: UInt8 { UInt8(ascii: "i") }
    static var m: UInt8 { UInt8(ascii: "m") }
    static var n: UInt8 { UInt8(ascii: "n") }
    static var o: UInt8 { UInt8(ascii: "o") }
    static var p: UInt8 { UInt8(ascii: "p") }
    static var r: UInt8 { UInt8(ascii: "r") }
    static var s: UInt8 { UInt8(ascii: "s") }
    static var t: UInt8 { UInt8(ascii: "t") }
    static var u: UInt8 { UInt8(ascii: "u") }
    static var y: UInt8 { UInt8(ascii: "y") }
}
