/// The summary of a whitespace-separated token written wholly in ASCII, read from its UTF-8
/// bytes: the same `TokenSummary` as `ProseToken(token).summary(counter:)`, the same rules (see
/// `ProseToken`), without a `Character` or a `String` per word.
///
/// In ASCII a letter is a–z or A–Z and a number is 0–9; `…` and `‽` cannot occur, so only `.`,
/// `!` and `?` end a sentence, and only `'` and `-` join a word across themselves.
enum ASCIIProseToken {
    static func summary(of token: UnsafeBufferPointer<UInt8>, counter: SyllableCounter) -> TokenSummary {
        guard let first = token.firstIndex(where: ASCIIText.isLetterOrDigit),
              let last = token.lastIndex(where: ASCIIText.isLetterOrDigit) else {
            // No word: the whole token is its trailing punctuation.
            return TokenSummary(words: 0, syllables: 0, endsWithStop: token.contains(where: ASCIIText.isStop),
                                stem: .plain, start: .none)
        }
        let ending = token[(last + 1)...]
        let stem = UnsafeBufferPointer(rebasing: token[first...last])
        var summary = TokenSummary(words: 0, syllables: 0, endsWithStop: ending.contains(where: ASCIIText.isStop),
                                   stem: .plain, start: .other)
        if ending.first == UInt8(ascii: "."), !ending.dropFirst().contains(where: ASCIIText.isStop) {
            summary.stem = Self.stem(stem)
        }
        if ASCIIText.isLowercaseLetter(token[first]) || ASCIIText.isDigit(token[first]) {
            summary.start = .lowercaseOrDigit
        }
        if !isWebAddress(token, wordsFrom: first) {
            forEachWord(in: stem) { word in
                summary.words += 1
                summary.syllables += counter.syllables(inASCIIWord: word)
            }
        }
        return summary
    }

    /// A token containing `://`, or whose text from the first letter or digit starts `www.`.
    private static func isWebAddress(_ token: UnsafeBufferPointer<UInt8>, wordsFrom first: Int) -> Bool {
        let w = UInt8(ascii: "w")
        if token.count - first >= 4, ASCIIText.lowercased(token[first]) == w, ASCIIText.lowercased(token[first + 1]) == w,
           ASCIIText.lowercased(token[first + 2]) == w, token[first + 3] == UInt8(ascii: ".") {
            return true
        }
        guard token.count >= 3 else { return false }
        return (0...(token.count - 3)).contains { start in
            token[start] == UInt8(ascii: ":") && token[start + 1] == UInt8(ascii: "/") && token[start + 2] == UInt8(ascii: "/")
        }
    }

    /// Calls `body` with each word, in order: runs of letters and digits, with the joiners between
    /// them that `joins` accepts. `stem` starts and ends with a letter or digit.
    private static func forEachWord(in stem: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var wordStart: Int?
        for index in stem.indices {
            let byte = stem[index]
            if ASCIIText.isLetterOrDigit(byte) {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                // Inside a word the byte before a joiner is always a letter or digit.
                if index + 1 < stem.count, joins(stem[index - 1], stem[index + 1], across: byte) { continue }
                body(UnsafeBufferPointer(rebasing: stem[start..<index]))
                wordStart = nil
            }
        }
        if let start = wordStart { body(UnsafeBufferPointer(rebasing: stem[start...])) }
    }

    private static func joins(_ before: UInt8, _ after: UInt8, across joiner: UInt8) -> Bool {
        switch joiner {
        case UInt8(ascii: "."):
            (ASCIIText.isLetter(before) && ASCIIText.isLetter(after)) || (ASCIIText.isDigit(before) && ASCIIText.isDigit(after))
        case UInt8(ascii: ","): ASCIIText.isDigit(before) && ASCIIText.isDigit(after)
        case UInt8(ascii: "'"), UInt8(ascii: "-"): ASCIIText.isLetterOrDigit(after)
        default: false
        }
    }

    /// What the lowercased stem before a single full stop means for the sentence, as
    /// `SentenceSplitter.stem(_:)` decides for a `String`.
    private static func stem(_ stem: UnsafeBufferPointer<UInt8>) -> TokenSummary.Stem {
        guard stem.count <= 4 else { return .plain }
        var lowercased: UInt32 = 0
        for byte in stem { lowercased = lowercased << 8 | UInt32(ASCIIText.lowercased(byte)) }
        return knownStems[lowercased] ?? .plain
    }

    /// `SentenceSplitter`'s titles and abbreviations (none longer than four letters), each packed
    /// as its bytes in order; nothing else packs to the same number, the first byte being non-zero.
    private static let knownStems: [UInt32: TokenSummary.Stem] = {
        func pack(_ word: String) -> UInt32 { word.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
        var stems: [UInt32: TokenSummary.Stem] = [:]
        for title in SentenceSplitter.titles { stems[pack(title)] = .title }
        for abbreviation in SentenceSplitter.abbreviations { stems[pack(abbreviation)] = .abbreviation }
        return stems
    }()
}
