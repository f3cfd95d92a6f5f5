import Foundation

/// Finds glossary phrases in text: whole words, any letter case, the longest phrase first
/// ("secure attachment bond" before "secure attachment" before "attachment"). Words may be
/// separated by spaces or hyphens, as in "skin-to-skin contact".
///
/// Words compare as Strings do (canonical equivalence), but most words of a page are ASCII and
/// are compared by their bytes, found with a `ByteStringTable`, without building a String. The
/// text's words are read as they are needed, so matching stores and allocates nothing but
/// the matches (and the folded forms of words with letters beyond ASCII).
final class TermMatcher: Sendable {
    /// A match: its term's slug is `slugs[term]`, not copied into it, since the linker reads
    /// only the number (a copy was a retain and a release, on both threads, of the same strings).
    struct Match {
        var range: Range<String.Index>
        /// The term's place in the list the matcher was made with.
        var term: Int
    }

    /// A phrase's folded word, and where its bytes are in `asciiBytes` when it equals an ASCII
    /// string, so that an ASCII word of the text can be compared with it byte for byte.
    private struct PhraseWord {
        var text: String
        var ascii: Range<Int>?
    }

    /// A phrase, by where its words are in `phraseWords`, and its term.
    private struct Phrase {
        var words: Range<Int>
        var term: Int
    }

    /// The terms' slugs, by their place in the list the matcher was made with.
    let slugs: [String]
    private let phraseWords: [PhraseWord]
    /// The ASCII forms of the phrases' words, end to end.
    private let asciiBytes: [UInt8]
    /// Phrases sharing a first word are next to each other, longest first.
    private let phrases: [Phrase]
    /// The ranges of `phrases` that share a first word. The matcher's tables hold no String or
    /// array per phrase: the many words of a text that could start a phrase are tried without
    /// retaining or copying anything.
    private let groups: [Range<Int>]
    /// Indexes into `groups` by folded first word, compared as Strings.
    private let byFirstWord: [String: Int]
    /// The same, for first words equal to an ASCII string, by its bytes.
    private let byASCIIFirstWord: ByteStringTable

    init(_ terms: [GlossaryTermPhrases]) {
        var phrasesByFirstWord: [String: [(words: [String], term: Int)]] = [:]
        var firstWords: [String] = []
        for (term, entry) in terms.enumerated() {
            for phrase in entry.phrases {
                let words = Self.foldedWords(in: phrase)
                guard let first = words.first else { continue }
                if phrasesByFirstWord[first] == nil { firstWords.append(first) }
                phrasesByFirstWord[first, default: []].append((words, term))
            }
        }
        var phraseWords: [PhraseWord] = []
        var asciiBytes: [UInt8] = []
        var phrases: [Phrase] = []
        var groups: [Range<Int>] = []
        var byFirstWord: [String: Int] = [:]
        var asciiEntries: [(key: [UInt8], value: Int)] = []
        for first in firstWords {
            byFirstWord[first] = groups.count
            if let ascii = Self.asciiForm(of: first) { asciiEntries.append((ascii, groups.count)) }
            let groupStart = phrases.count
            for phrase in phrasesByFirstWord[first]!.sorted(by: { $0.words.count > $1.words.count }) {
                let wordsStart = phraseWords.count
                for word in phrase.words {
                    var ascii: Range<Int>?
                    if let bytes = Self.asciiForm(of: word) {
                        ascii = asciiBytes.count..<(asciiBytes.count + bytes.count)
                        asciiBytes += bytes
                    }
                    phraseWords.append(PhraseWord(text: word, ascii: ascii))
                }
                phrases.append(Phrase(words: wordsStart..<phraseWords.count, term: phrase.term))
            }
            groups.append(groupStart..<phrases.count)
        }
        self.slugs = terms.map(\.slug)
        self.phraseWords = phraseWords
        self.asciiBytes = asciiBytes
        self.phrases = phrases
        self.groups = groups
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
            guard let group = group(for: word, unicode: unicode, in: scan) else { continue }
            for phrase in groups[group] {
                // The group was found by the phrase's first word: the rest remain to be compared.
                guard let last = lastWord(of: phrases[phrase].words.dropFirst(), after: word, in: scan) else { continue }
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: word.start)
                let end = text.utf8.index(text.utf8.startIndex, offsetBy: last.end)
                let term = phrases[phrase].term
                result.append(Match(range: start..<end, term: term))
                offset = last.end
                break
            }
        }
        return result
    }

    /// The group of phrases whose first word is `word`; `unicode` is the word's folded form
    /// when it has letters beyond ASCII.
    @inline(__always)
    private func group(for word: TermWords.Word, unicode: String?, in scan: TermWords) -> Int? {
        if let unicode { return byFirstWord[unicode] }
        return byASCIIFirstWord.value(hash: word.hash) { scan.word(word, foldsTo: $0) }
    }

    /// The text's last word of a phrase when the words `rest` of the phrase follow `first` in
    /// the text, separated only by phrase gaps; nil otherwise.
    private func lastWord(of rest: Range<Int>, after first: TermWords.Word, in scan: TermWords) -> TermWords.Word? {
        var last = first
        for phraseWord in rest {
            guard let next = scan.word(from: last.end),
                  Self.isPhraseGap(UnsafeBufferPointer(rebasing: scan.bytes[last.end..<next.start])),
                  word(next, in: scan, equals: phraseWord) else { return nil }
            last = next
        }
        return last
    }

    private func word(_ word: TermWords.Word, in scan: TermWords, equals phraseWord: Int) -> Bool {
        if let unicode = scan.unicode(of: word) { return unicode == phraseWords[phraseWord].text }
        // An ASCII word equals only a phrase word that equals an ASCII string.
        guard let ascii = phraseWords[phraseWord].ascii else { return false }
        return asciiBytes.withUnsafeBufferPointer { scan.word(word, foldsTo: UnsafeBufferPointer(rebasing: $0[ascii])) }
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
