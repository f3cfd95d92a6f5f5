import Foundation

/// Finds glossary phrases in text: whole words, any letter case, the longest phrase first
/// ("secure attachment bond" before "secure attachment" before "attachment"). Words may be
/// separated by spaces or hyphens, as in "skin-to-skin contact".
///
/// Words compare as Strings do (canonical equivalence), but most words of a page are ASCII and
/// are compared by their bytes, found with a `ByteStringTable`, without building a String. The
/// text's words are read as they are needed, so matching stores and allocates nothing but
/// the matches (and the folded forms of words with letters beyond ASCII).
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
        // A native String's bytes are read in place; only another kind of String is copied.
        if let found = text.utf8.withContiguousStorageIfAvailable({ matches(in: text, bytes: $0) }) { return found }
        var source = text
        return source.withUTF8 { matches(in: text, bytes: $0) }
    }

    /// The matches in `text`, whose UTF-8 bytes are `bytes`.
    private func matches(in text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        let scan = TermWords(bytes)
        var result: [Match] = []
        var offset = 0
        while let word = scan.word(from: offset) {
            offset = word.end
            let unicode = scan.unicode(of: word)
            guard let list = candidateList(for: word, unicode: unicode, in: scan) else { continue }
            for phrase in candidates[list] {
                guard let last = lastWord(of: phrase.words, from: word, unicode: unicode, in: scan) else { continue }
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: word.start)
                let end = text.utf8.index(text.utf8.startIndex, offsetBy: last.end)
                result.append(Match(range: start..<end, slug: phrase.slug))
                offset = last.end
                break
            }
        }
        return result
    }

    /// `unicode` is the word's folded form when it has letters beyond ASCII.
    private func candidateList(for word: TermWords.Word, unicode: String?, in scan: TermWords) -> Int? {
        if let unicode { return byFirstWord[unicode] }
        return byASCIIFirstWord.value(hash: word.hash) { scan.word(word, foldsTo: $0) }
    }

    /// The text's last word of `phrase` when the phrase's words are the text's from `first` on,
    /// separated only by phrase gaps; nil otherwise.
    private func lastWord(of phrase: [PhraseWord], from first: TermWords.Word, unicode: String?,
                          in scan: TermWords) -> TermWords.Word? {
        guard Self.word(first, unicode: unicode, in: scan, equals: phrase[0]) else { return nil }
        var last = first
        for phraseWord in phrase.dropFirst() {
            guard let next = scan.word(from: last.end),
                  Self.isPhraseGap(UnsafeBufferPointer(rebasing: scan.bytes[last.end..<next.start])),
                  Self.word(next, unicode: scan.unicode(of: next), in: scan, equals: phraseWord) else { return nil }
            last = next
        }
        return last
    }

    private static func word(_ word: TermWords.Word, unicode: String?, in scan: TermWords, equals phraseWord: PhraseWord) -> Bool {
        if let unicode { return unicode == phraseWord.text }
        // An ASCII word equals only a phrase word that equals an ASCII string.
        guard let ascii = phraseWord.ascii else { return false }
        return scan.word(word, foldsTo: ascii)
    }

    /// Only spaces, hyphens and no-break spaces (U+00A0, `C2 A0`) may separate a phrase's words.
    private static func isPhraseGap(_ gap: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < gap.count {
            switch gap[index] {
            case 0x20, 0x2D: index += 1
            case 0xC2 where index + 1 < gap.count && gap[index + 1] == 0xA0: index += 2
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
