/// Splits prose into sentences of words, the units the Flesch–Kincaid formula counts.
///
/// Blocks are separated by blank lines, and the end of a block ends its last sentence. Inside a
/// block a token ending in `.`, `!`, `?` or `…` ends the sentence, unless it is a title such as
/// `Dr.` or an abbreviation such as `e.g.` followed by a lowercase word or a number. A sentence
/// needs at least one word, so stray punctuation (`...`, a lone web address) adds none.
struct SentenceSplitter {
    /// Titles come before a name, so they never end a sentence.
    private static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "st", "prof"]
    /// These end a sentence only when the next word starts with a capital letter.
    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "cf", "a.m", "p.m"]

    /// The words of each sentence, in order.
    func sentences(in text: String) -> [[String]] {
        blocks(of: text).flatMap(sentences(inBlock:))
    }

    private func blocks(of text: String) -> [[ProseToken]] {
        var blocks: [[ProseToken]] = []
        var block: [ProseToken] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.allSatisfy(\.isWhitespace) {
                if !block.isEmpty { blocks.append(block) }
                block = []
            } else {
                block += line.split(whereSeparator: \.isWhitespace).map(ProseToken.init)
            }
        }
        if !block.isEmpty { blocks.append(block) }
        return blocks
    }

    private func sentences(inBlock tokens: [ProseToken]) -> [[String]] {
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

    private func continues(after token: ProseToken, before next: ProseToken?) -> Bool {
        guard let stem = token.abbreviationStem else { return false }
        if Self.titles.contains(stem) { return true }
        guard Self.abbreviations.contains(stem), let first = next?.firstCharacter else { return false }
        return first.isLowercase || first.isNumber
    }
}
