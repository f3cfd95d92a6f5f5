extension SyllableCounter {
    /// Common words whose spelling misleads the rules in `SpelledWord`, with the syllables a
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

    /// `exceptions` keyed by `packedKey(_:)`, so that looking up a word's letters needs no `String`.
    /// Every key above is at most twelve lowercase letters, so every one packs.
    private static let packedExceptions: [UInt64: Int] = Dictionary(uniqueKeysWithValues: exceptions.map { word, syllables in
        (Array(word.utf8).withUnsafeBufferPointer { packedKey($0)! }, syllables)
    })

    /// The syllables `exceptions` gives these letters, if it holds them.
    static func exception(_ letters: UnsafeBufferPointer<UInt8>) -> Int? {
        packedKey(letters).flatMap { packedExceptions[$0] }
    }

    /// Up to twelve letters a–z, five bits each, the first highest (none is zero, so words of
    /// different lengths never share a key); nil for anything else, which no exception can be.
    private static func packedKey(_ letters: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard letters.count <= 12 else { return nil }
        var key: UInt64 = 0
        for letter in letters {
            guard ASCIIText.isLowercaseLetter(letter) else { return nil }
            key = key << 5 | UInt64(letter - UInt8(ascii: "a") + 1)
        }
        return key
    }
}
