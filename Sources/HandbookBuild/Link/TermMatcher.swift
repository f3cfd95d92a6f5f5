import Foundation

/// Finds glossary phrases in text: whole words, any letter case, the longest phrase first
/// ("secure attachment bond" before "secure attachment" before "attachment"). Words may be
/// separated by spaces or hyphens, as in "skin-to-skin contact".
///
/// Words compare as Strings do (canonical equivalence), but most words of a page are ASCII and
/// are compared by their bytes, found with a `ByteStringTable`, without building a String.
struct TermMatcher {
    struct Match {
        var range: Range<String.Index>
        var slug: String
    }

    /// A phrase's folded word, with its bytes when it equals an ASCII string, so that an ASCII
    /// word of the text can be compared with it byte for byte.
    private struct PhraseWord {
        var text: String
        var ascii: [UInt8]?
    }

    private struct Phrase {
        var words: [PhraseWord]
        var slug: String
    }

    /// Phrases sharing a first word, longest first.
    private let candidates: [[Phrase]]
    /// Indexes into `candidates` by folded first word, compared as Strings.
    private let byFirstWord: [String: Int]
    /// The same, for first words equal to an ASCII string, by its bytes.
    private let byASCIIFirstWord: ByteStringTable

    init(_ terms: [GlossaryTermPhrases]) {
        var phrases: [String: [(words: [String], slug: String)]] = [:]
        for term in terms {
            for phrase in term.phrases {
                let words = Self.foldedWords(in: phrase)
                guard let first = words.first else { continue }
                phrases[first, default: []].append((words, term.slug))
            }
        }
        var candidates: [[Phrase]] = []
        var byFirstWord: [String: Int] = [:]
        var asciiEntries: [(key: [UInt8], value: Int)] = []
        for (first, list) in phrases {
            byFirstWord[first] = candidates.count
            if let ascii = Self.asciiForm(of: first) { asciiEntries.append((ascii, candidates.count)) }
            candidates.append(list.sorted { $0.words.count > $1.words.count }.map { phrase in
                Phrase(words: phrase.words.map { PhraseWord(text: $0, ascii: Self.asciiForm(of: $0)) }, slug: phrase.slug)
            })
        }
        self.candidates = candidates
        self.byFirstWord = byFirstWord
        self.byASCIIFirstWord = ByteStringTable(asciiEntries)
    }

    /// Every match in `text`, left to right, none overlapping.
    func matches(in text: String) -> [Match] {
        var source = text
        return source.withUTF8 { bytes in
            let scan = TermWords(bytes)
            let words = scan.words
            var result: [Match] = []
            var index = 0
            while index < words.count {
                guard let list = candidateList(for: words[index], in: scan),
                      let found = candidates[list].first(where: { fits($0.words, at: index, in: scan, bytes: bytes) }) else {
                    index += 1
                    continue
                }
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: words[index].start)
                let end = text.utf8.index(text.utf8.startIndex, offsetBy: words[index + found.words.count - 1].end)
                result.append(Match(range: start..<end, slug: found.slug))
                index += found.words.count
            }
            return result
        }
    }

    private func candidateList(for word: TermWords.Word, in scan: TermWords) -> Int? {
        if let unicode = scan.unicode(of: word) { return byFirstWord[unicode] }
        return byASCIIFirstWord.value(for: scan.foldedBytes(of: word), hash: word.hash)
    }

    private func fits(_ phrase: [PhraseWord], at start: Int, in scan: TermWords, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = scan.words
        guard start + phrase.count <= words.count else { return false }
        for offset in 0..<phrase.count {
            let word = words[start + offset]
            guard Self.word(word, in: scan, equals: phrase[offset]) else { return false }
            if offset > 0, !Self.isPhraseGap(bytes[words[start + offset - 1].end..<word.start]) { return false }
        }
        return true
    }

    private static func word(_ word: TermWords.Word, in scan: TermWords, equals phraseWord: PhraseWord) -> Bool {
        if let unicode = scan.unicode(of: word) { return unicode == phraseWord.text }
        // An ASCII word equals only a phrase word that equals an ASCII string.
        guard let ascii = phraseWord.ascii else { return false }
        return scan.foldedBytes(of: word).elementsEqual(ascii)
    }

    /// Only spaces, hyphens and no-break spaces (U+00A0, `C2 A0`) may separate a phrase's words.
    private static func isPhraseGap(_ gap: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = gap.startIndex
        while index < gap.endIndex {
            switch gap[index] {
            case 0x20, 0x2D: index += 1
            case 0xC2 where index + 1 < gap.endIndex && gap[index + 1] == 0xA0: index += 2
            default: return false
            }
        }
        return true
    }

    /// The bytes of the ASCII string that `word` equals as a String, if there is one: the word
    /// itself, or its canonical composition (only a compatibility letter such as the Kelvin sign
    /// could make the two differ).
    private static func asciiForm(of word: String) -> [UInt8]? {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return Array(word.utf8) }
        let composed = word.precomposedStringWithCanonicalMapping
        guard composed.utf8.allSatisfy({ $0 < 0x80 }), composed == word else { return nil }
        return Array(composed.utf8)
    }

    /// The folded words of `text`: lowercased, with `’` as `'`.
    static func foldedWords(in text: String) -> [String] {
        var source = text
        return source.withUTF8 { bytes in
            let scan = TermWords(bytes)
            return scan.words.map { scan.text(of: $0) }
        }
    }

    /// The form two phrases are compared in: lowercased words joined by spaces.
    static func normalize(_ phrase: String) -> String {
        foldedWords(in: phrase).joined(separator: " ")
    }
}

/// What the matcher needs of a term.
struct GlossaryTermPhrases {
    var slug: String
    var phrases: [String]
}
