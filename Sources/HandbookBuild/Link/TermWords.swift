import Foundation

/// The words of a text as `TermMatcher` compares them, read one at a time from its UTF-8 bytes:
/// runs of letters and digits, with apostrophes inside a word ("baby’s"), folded to lower case
/// with `’` written `'`.
///
/// It runs over every stretch of running text of every page, so the common case is kept cheap:
/// reading a word stores nothing and allocates nothing. A word of ASCII letters and digits (and
/// apostrophes) is hashed, folded, as it is read, and compared with a phrase's word byte by
/// byte, folding as it goes. A word with any other letter keeps the exact Unicode folding,
/// `String.lowercased()`, made as a String when it is compared (`unicode(of:)`).
struct TermWords {
    struct Word {
        /// Where the word is in the text, as UTF-8 offsets.
        var start: Int
        var end: Int
        /// The `FoldedWordHash` of the folded word's bytes, for a word without letters beyond ASCII.
        var hash: UInt64
        /// Whether every letter and digit of the word is ASCII (its apostrophes may be `’`).
        var isASCII: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Every word, in order.
    var words: [Word] {
        var result: [Word] = []
        var offset = 0
        while let word = word(from: offset) {
            result.append(word)
            offset = word.end
        }
        return result
    }

    /// The first word that starts at or after `offset`, which must not be inside a word.
    /// Inlined: it is called once a word, and returning a word through memory cost a tenth of
    /// the matching.
    @inline(__always)
    func word(from offset: Int) -> Word? {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if Self.isASCIIWordByte(byte) { break }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if Self.isWordScalar(scalar) { break }
            index += length
        }
        guard index < bytes.count else { return nil }
        var word = Word(start: index, end: index, hash: 0, isASCII: true)
        var hash = FoldedWordHash()
        // Most words are ASCII letters and digits only, read here eight bytes at a time. The
        // loop below reads the rest, and all of a word near the end of the text.
        while index + 8 <= bytes.count {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            let length = ASCIIWordChunk.wordLength(chunk)
            guard length > 0 else { break }
            hash.add(chunk: ASCIIWordChunk.folded(chunk, count: length), count: length)
            index += length
            word.end = index
            guard length == 8 else { break }
        }
        // An apostrophe stays in the word only if a letter or digit follows it: `hashAtEnd` is
        // the hash at the last letter or digit.
        var hashAtEnd = hash
        while index < bytes.count {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if Self.isWordScalar(scalar) {
                if scalar < 0x80 {
                    hash.add(UInt8(truncatingIfNeeded: scalar) | Self.lowercaseBit(scalar))
                } else {
                    word.isASCII = false
                }
                index += length
                word.end = index
                hashAtEnd = hash
            } else if scalar == 0x27 || scalar == 0x2019 {
                hash.add(0x27)
                index += length
            } else {
                break
            }
        }
        word.hash = hashAtEnd.value
        return word
    }

    /// Whether the folded form of `word`, an ASCII word, is `folded`.
    func word(_ word: Word, foldsTo folded: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = word.start
        var position = 0
        while index < word.end {
            guard position < folded.count, folded[position] == foldedByte(at: &index) else { return false }
            position += 1
        }
        return position == folded.count
    }

    /// The folded byte of an ASCII word at `index`, which moves past it. The only byte beyond
    /// ASCII such a word holds starts a `’` (`E2 80 99`), folded to `'`.
    @inline(__always)
    private func foldedByte(at index: inout Int) -> UInt8 {
        let byte = bytes[index]
        if byte < 0x80 {
            index += 1
            return byte | Self.lowercaseBit(UInt32(byte))
        }
        index += 3
        return 0x27
    }

    /// The folded form of a word with letters beyond ASCII; nil for an ASCII word.
    func unicode(of word: Word) -> String? {
        guard !word.isASCII else { return nil }
        return Self.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self))
    }

    /// The folded word as a String.
    func text(of word: Word) -> String {
        if let unicode = unicode(of: word) { return unicode }
        var folded: [UInt8] = []
        var index = word.start
        while index < word.end { folded.append(foldedByte(at: &index)) }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Letters and digits, by the Unicode properties `Alphabetic` and `Numeric_Type`.
    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        // General Punctuation (curly quotes, dashes, ellipsis, special spaces), common in prose,
        // holds no letter or digit (`TermWordsTests` checks it), so it skips the property tables.
        if value >= 0x2000 && value <= 0x206F { return false }
        return hasWordProperties(value)
    }

    /// The property look-up, kept out of line: the properties' types come from the standard
    /// library with a size known only at run time, and a function that inlined it would look
    /// their metadata up each time it is called, once a word, before reading any byte.
    @inline(never)
    private static func hasWordProperties(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether an ASCII byte is a letter or digit.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// 0x20 for an ASCII capital, which makes it lower case; 0 otherwise.
    @inline(__always)
    private static func lowercaseBit(_ value: UInt32) -> UInt8 {
        value >= 0x41 && value <= 0x5A ? 0x20 : 0
    }

    /// Lowercased, with `’` as `'`. Foundation's `replacingOccurrences` leaves a `’` that a
    /// combining mark follows, so it is still used here, for the rare word that has letters
    /// beyond ASCII and a curly apostrophe.
    static func fold(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.unicodeScalars.contains("\u{2019}") else { return lower }
        return lower.replacingOccurrences(of: "\u{2019}", with: "'")
    }
}

/// Reads one Unicode scalar from valid UTF-8 (a Swift String's bytes).
enum UTF8Scalar {
    /// The scalar's value and how many bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }
}
