import Foundation

/// The words of a text as `TermMatcher` compares them, found in one pass over its UTF-8 bytes:
/// runs of letters and digits, with apostrophes inside a word ("baby’s"), folded to lower case
/// with `’` written `'`.
///
/// It runs over every stretch of running text of every page, so the common case is kept cheap:
/// a word of ASCII letters and digits (and apostrophes) is lowercased byte by byte into
/// `folded` and hashed as it is read, and no String is built for it. A word with any other
/// letter keeps the exact Unicode folding, `String.lowercased()`, as a String in `unicode`.
struct TermWords {
    struct Word {
        /// Where the word is in the text, as UTF-8 offsets.
        var start: Int
        var end: Int
        /// The folded word's bytes in `folded`, for a word without letters beyond ASCII.
        var folded: Range<Int>
        /// The `FNV1a` hash of those bytes.
        var hash: UInt64
        /// For a word with letters beyond ASCII, its folded form's index in `unicodeWords`
        /// (`folded` is then empty); -1 otherwise. An index rather than the String keeps a
        /// `Word` plain data, cheap to store and read.
        var unicodeIndex: Int
    }

    private(set) var words: [Word] = []
    /// The folded bytes of the ASCII words, one after another.
    private(set) var folded: [UInt8] = []
    private var unicodeWords: [String] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        folded.reserveCapacity(bytes.count)
        // Words of prose average more than four bytes with the space after them.
        words.reserveCapacity(bytes.count / 4 + 1)
        var scan = Scan()
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if Self.isWordScalar(scalar) {
                if scan.start < 0 { scan.begin(at: index, foldedAt: folded.count) }
                if scalar < 0x80 {
                    append(UInt8(truncatingIfNeeded: scalar) | Self.lowercaseBit(scalar), to: &scan)
                } else {
                    scan.isASCII = false
                }
                scan.markEnd(index + length, foldedAt: folded.count)
            } else if scan.start >= 0, scalar == 0x27 || scalar == 0x2019 {
                // An apostrophe stays in the word only if a letter or digit follows it.
                append(0x27, to: &scan)
            } else {
                close(&scan, in: bytes)
            }
            index += length
        }
        close(&scan, in: bytes)
    }

    /// The word being read.
    private struct Scan {
        var start = -1
        var end = -1
        var foldedStart = 0
        /// `folded.count` and the hash after the word's last letter or digit: an apostrophe
        /// after it is dropped.
        var foldedEnd = 0
        var hashAtEnd = FNV1a.seed
        var hash = FNV1a.seed
        var isASCII = true

        mutating func begin(at index: Int, foldedAt count: Int) {
            self = Scan()
            start = index
            foldedStart = count
        }

        mutating func markEnd(_ index: Int, foldedAt count: Int) {
            end = index
            foldedEnd = count
            hashAtEnd = hash
        }
    }

    private mutating func append(_ byte: UInt8, to scan: inout Scan) {
        guard scan.isASCII else { return }
        folded.append(byte)
        scan.hash = FNV1a.adding(byte, to: scan.hash)
    }

    private mutating func close(_ scan: inout Scan, in bytes: UnsafeBufferPointer<UInt8>) {
        guard scan.start >= 0 else { return }
        let foldedCount = scan.isASCII ? scan.foldedEnd : scan.foldedStart
        if folded.count > foldedCount { folded.removeSubrange(foldedCount...) }
        if scan.isASCII {
            words.append(Word(start: scan.start, end: scan.end, folded: scan.foldedStart..<scan.foldedEnd,
                              hash: scan.hashAtEnd, unicodeIndex: -1))
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[scan.start..<scan.end]), as: UTF8.self)
            words.append(Word(start: scan.start, end: scan.end, folded: scan.foldedStart..<scan.foldedStart,
                              hash: 0, unicodeIndex: unicodeWords.count))
            unicodeWords.append(Self.fold(text))
        }
        scan = Scan()
    }

    /// The folded form of a word's bytes.
    func foldedBytes(of word: Word) -> ArraySlice<UInt8> { folded[word.folded] }

    /// The folded form of a word with letters beyond ASCII; nil for an ASCII word.
    func unicode(of word: Word) -> String? {
        word.unicodeIndex >= 0 ? unicodeWords[word.unicodeIndex] : nil
    }

    /// The folded word as a String.
    func text(of word: Word) -> String {
        unicode(of: word) ?? String(decoding: folded[word.folded], as: UTF8.self)
    }

    /// Letters and digits, by the Unicode properties `Alphabetic` and `Numeric_Type`.
    @inline(__always)
    private static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
