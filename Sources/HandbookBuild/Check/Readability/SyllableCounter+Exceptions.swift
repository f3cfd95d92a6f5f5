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
}
