/// Finds glossary phrases in text: whole words, any letter case, the longest phrase first
/// ("secure attachment bond" before "secure attachment" before "attachment"). Words may be
/// separated by spaces or hyphens, as in "skin-to-skin contact".
struct TermMatcher {
    struct Match {
        var range: Range<String.Index>
        var slug: String
    }

    /// Phrases by their first word, longest first.
    private let phrases: [String: [(words: [String], slug: String)]]

    init(_ terms: [GlossaryTermPhrases]) {
        var phrases: [String: [(words: [String], slug: String)]] = [:]
        for term in terms {
            for phrase in term.phrases {
                let words = Self.words(in: phrase).map(\.text)
                guard let first = words.first else { continue }
                phrases[first, default: []].append((words, term.slug))
            }
        }
        self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// Every match in `text`, left to right, none overlapping.
    func matches(in text: String) -> [Match] {
        let words = Self.words(in: text)
        var result: [Match] = []
        var index = 0
        while index < words.count {
            guard let candidates = phrases[words[index].text],
                  let found = candidates.first(where: { fits($0.words, at: index, in: words, text: text) }) else {
                index += 1
                continue
            }
            let end = words[index + found.words.count - 1].range.upperBound
            result.append(Match(range: words[index].range.lowerBound..<end, slug: found.slug))
            index += found.words.count
        }
        return result
    }

    private func fits(_ phrase: [String], at start: Int, in words: [Word], text: String) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        for offset in 0..<phrase.count {
            guard words[start + offset].text == phrase[offset] else { return false }
            if offset > 0 {
                let gap = text[words[start + offset - 1].range.upperBound..<words[start + offset].range.lowerBound]
                guard gap.allSatisfy({ $0 == " " || $0 == "-" || $0 == "\u{00A0}" }) else { return false }
            }
        }
        return true
    }

    struct Word {
        var text: String
        var range: Range<String.Index>
    }

    /// Runs of letters, digits and in-word apostrophes, lowercased.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var start: String.Index?
        var index = text.startIndex
        func close(at end: String.Index) {
            guard let wordStart = start else { return }
            var wordEnd = end
            while wordEnd > wordStart, "'’".contains(text[text.index(before: wordEnd)]) { wordEnd = text.index(before: wordEnd) }
            if wordStart < wordEnd {
                words.append(Word(text: text[wordStart..<wordEnd].lowercased().replacingOccurrences(of: "’", with: "'"),
                                  range: wordStart..<wordEnd))
            }
            start = nil
        }
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber || (start != nil && "'’".contains(character)) {
                if start == nil { start = index }
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return words
    }

    /// The form two phrases are compared in: lowercased words joined by spaces.
    static func normalize(_ phrase: String) -> String {
        words(in: phrase).map(\.text).joined(separator: " ")
    }
}

/// What the matcher needs of a term.
struct GlossaryTermPhrases {
    var slug: String
    var phrases: [String]
}
