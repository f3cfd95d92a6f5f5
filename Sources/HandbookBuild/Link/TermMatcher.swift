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

    /// Runs of letters, digits and in-word apostrophes, lowercased. Works on Unicode scalars,
    /// with a fast path for ASCII: it runs over every stretch of text of every page.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var lastWordEnd: String.Index?
        var index = scalars.startIndex
        func close() {
            if let wordStart = start, let end = lastWordEnd {
                words.append(Word(text: lowercased(text[wordStart..<end]), range: wordStart..<end))
            }
            start = nil
            lastWordEnd = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordScalar(scalar) {
                if start == nil { start = index }
                lastWordEnd = next
            } else if start == nil || !(scalar == "'" || scalar == "\u{2019}") {
                close()
            }
            index = next
        }
        close()
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func lowercased(_ word: Substring) -> String {
        let lower = word.lowercased()
        return lower.contains("\u{2019}") ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
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
