/// Counts sentences in prose, the units the Flesch–Kincaid formula counts.
///
/// Blocks are separated by blank lines, and the end of a block ends its last sentence. Inside a
/// block a token ending in `.`, `!`, `?` or `…` ends the sentence, unless it is a title such as
/// `Dr.` or an abbreviation such as `e.g.` followed by a lowercase word or a number. A sentence
/// needs at least one word, so stray punctuation (`...`, a lone web address) adds none.
///
/// The splitter sees each token only as a `TokenSummary`: what it needs of the words is how many
/// there are, so it never holds them.
struct SentenceSplitter {
    /// Titles come before a name, so they never end a sentence.
    static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "st", "prof"]
    /// These end a sentence only when the next word starts with a capital letter.
    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "cf", "a.m", "p.m"]

    /// What a token's lowercased text before a single full stop (`ProseToken.abbreviationStem`)
    /// means for the sentence.
    static func stem(_ abbreviationStem: String?) -> TokenSummary.Stem {
        guard let abbreviationStem else { return .plain }
        if titles.contains(abbreviationStem) { return .title }
        return abbreviations.contains(abbreviationStem) ? .abbreviation : .plain
    }

    /// How many sentences a block holds: one for each token that ends one, and one more if words
    /// follow the last of them.
    func sentences(inBlock tokens: [TokenSummary]) -> Int {
        var sentences = 0
        var wordsInSentence = 0
        for (index, token) in tokens.enumerated() {
            wordsInSentence += token.words
            guard token.endsWithStop, wordsInSentence > 0 else { continue }
            if continues(after: token, at: index, in: tokens) { continue }
            sentences += 1
            wordsInSentence = 0
        }
        return wordsInSentence > 0 ? sentences + 1 : sentences
    }

    private func continues(after token: TokenSummary, at index: Int, in tokens: [TokenSummary]) -> Bool {
        switch token.stem {
        case .plain: return false
        case .title: return true
        case .abbreviation:
            let next = tokens[(index + 1)...].first { $0.start != .none }
            return next?.start == .lowercaseOrDigit
        }
    }
}

/// What counting needs to know of one whitespace-separated token of prose: its words' number and
/// syllables, and the punctuation and letters that decide whether a sentence ends at it.
struct TokenSummary: Equatable {
    /// What the text before a single final full stop says about the sentence.
    enum Stem {
        /// Not a known title or abbreviation, or not followed by a single full stop.
        case plain
        /// `Dr.`, `Mrs.`: never ends a sentence.
        case title
        /// `e.g.`, `etc.`: ends a sentence unless the next word starts lowercase or with a digit.
        case abbreviation
    }

    /// How the token's first letter or digit starts a word.
    enum Start {
        /// The token has no letter or digit.
        case none
        case lowercaseOrDigit
        case other
    }

    var words: Int
    var syllables: Int
    /// Whether the punctuation after the last letter or digit holds `.`, `!`, `?`, `…` or `‽`.
    var endsWithStop: Bool
    var stem: Stem
    var start: Start
}
