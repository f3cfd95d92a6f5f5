/// The counts a `ReadabilityScore` is made from.
struct ProseCounts: Equatable {
    var words = 0
    var sentences = 0
    var syllables = 0
}

/// Counts the words, sentences and syllables of prose in one pass over its UTF-8 bytes.
///
/// Lines come from `UTF8Prose`; a blank line (nothing but whitespace) ends a block. Each token is
/// summarised as it is found, by `ASCIIProseToken` when it is all ASCII and by `ProseToken`,
/// reading `Character`s, when it is not; the rare line `UTF8Prose` cannot split by scalar is split
/// by `Character`. `SentenceSplitter` counts each block's sentences from the summaries, so no
/// `String` is made for an ASCII word.
struct ProseScanner {
    private let counter = SyllableCounter()
    private let splitter = SentenceSplitter()

    func counts(in text: String) -> ProseCounts {
        var text = text
        text.makeContiguousUTF8()
        let contiguous = text
        if let counts = contiguous.utf8.withContiguousStorageIfAvailable({ counts(in: $0, of: contiguous) }) {
            return counts
        }
        return Array(contiguous.utf8).withUnsafeBufferPointer { counts(in: $0, of: contiguous) }
    }

    /// `bytes` are `text`'s UTF-8: the bytes are read, and `text` is sliced for the tokens and
    /// lines that need `Character`s.
    private func counts(in bytes: UnsafeBufferPointer<UInt8>, of text: String) -> ProseCounts {
        var counts = ProseCounts()
        var block: [TokenSummary] = []
        func add(_ token: TokenSummary) {
            counts.words += token.words
            counts.syllables += token.syllables
            block.append(token)
        }
        func endBlock() {
            counts.sentences += splitter.sentences(inBlock: block)
            block.removeAll(keepingCapacity: true)
        }
        var lineStart = 0
        while true {
            let (lineEnd, next) = UTF8Prose.endOfLine(from: lineStart, in: bytes)
            let line = lineStart..<lineEnd
            if UTF8Prose.splitsLikeCharacters(line, of: bytes) {
                var isBlank = true
                UTF8Prose.forEachToken(in: line, of: bytes) { token, isASCII in
                    isBlank = false
                    add(summary(of: token, isASCII: isASCII, in: bytes, of: text))
                }
                if isBlank { endBlock() }
            } else {
                let characters = text[index(line.lowerBound, in: text)..<index(line.upperBound, in: text)]
                if characters.allSatisfy(\.isWhitespace) { endBlock() } else {
                    for token in characters.split(whereSeparator: \.isWhitespace) {
                        let start = text.utf8.distance(from: text.startIndex, to: token.startIndex)
                        let range = start..<(start + token.utf8.count)
                        add(summary(of: range, isASCII: token.utf8.allSatisfy { $0 < 0x80 }, in: bytes, of: text))
                    }
                }
            }
            guard let next else { break }
            lineStart = next
        }
        endBlock()
        return counts
    }

    private func summary(of token: Range<Int>, isASCII: Bool, in bytes: UnsafeBufferPointer<UInt8>,
                         of text: String) -> TokenSummary {
        if isASCII {
            return ASCIIProseToken.summary(of: UnsafeBufferPointer(rebasing: bytes[token]), counter: counter)
        }
        let characters = text[index(token.lowerBound, in: text)..<index(token.upperBound, in: text)]
        return ProseToken(characters).summary(counter: counter)
    }

    /// The index `offset` UTF-8 bytes into `text`: constant time for a native string.
    private func index(_ offset: Int, in text: String) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }
}
