/// Lines and whitespace-separated tokens of prose, found on its UTF-8 bytes by Unicode scalar.
///
/// The rules are `Character`s': a line ends at a newline (`\n`, `\r`, `\r\n`, vertical tab, form
/// feed, U+0085, U+2028, U+2029), and tokens are separated by characters with the White_Space
/// property. A newline scalar is always a character of its own (`\r\n` is one), so lines found by
/// scalar are the same. Whitespace scalars nearly always are too; `splitsLikeCharacters` finds
/// the rare line where one is not, for the caller to split by `Character`.
enum UTF8Prose {
    /// Where the line starting at `start` ends, and where the next one starts (nil after the last).
    static func endOfLine(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (end: Int, next: Int?) {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if (0x0A...0x0D).contains(byte) {
                    let crlf = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
                    return (index, index + (crlf ? 2 : 1))
                }
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                return (index, index + 2)  // U+0085 NEXT LINE
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return (index, index + 3)  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
            }
            // 0xC2 and 0xE2 only ever lead a sequence, so stepping a byte at a time is safe.
            index += 1
        }
        return (bytes.count, nil)
    }

    /// Calls `body` with the byte range of each token of the line, and whether it is all ASCII.
    static func forEachToken(in line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>,
                             _ body: (Range<Int>, _ isASCII: Bool) -> Void) {
        var index = line.lowerBound
        while index < line.upperBound {
            let (value, length) = scalar(at: index, in: bytes)
            if isWhitespace(value) {
                index += length
                continue
            }
            let start = index
            var isASCII = true
            while index < line.upperBound {
                let byte = bytes[index]
                if byte < 0x80 {
                    if ASCIIText.isWhitespace(byte) { break }
                    index += 1
                } else {
                    let (value, length) = scalar(at: index, in: bytes)
                    if isWhitespace(value) { break }
                    isASCII = false
                    index += length
                }
            }
            body(start..<index, isASCII)
        }
    }

    /// Whether every whitespace scalar of the line is a `Character` of its own, so that splitting
    /// by scalar gives the same tokens as splitting by `Character`. Not so when a combining mark
    /// follows the whitespace (`" \u{301}"` is one whitespace character) or a prepended mark comes
    /// before it (`"\u{600} "` is one character that is not whitespace): any neighbour outside
    /// `staysApartFromWhitespace` counts as such, to be safe.
    static func splitsLikeCharacters(_ line: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes[line].contains(where: { $0 >= 0x80 }) else { return true }
        var previous: (value: UInt32, isWhitespace: Bool)?
        var index = line.lowerBound
        while index < line.upperBound {
            let (value, length) = scalar(at: index, in: bytes)
            let isWhitespace = isWhitespace(value)
            if let previous, previous.isWhitespace != isWhitespace,
               !staysApartFromWhitespace(isWhitespace ? previous.value : value) {
                return false
            }
            previous = (value, isWhitespace)
            index += length
        }
        return true
    }

    /// Scalars whose grapheme-break property never joins them to a whitespace scalar beside them
    /// (neither Extend, ZWJ, SpacingMark nor Prepend): ASCII, and the blocks of letters,
    /// punctuation and symbols prose is written in, leaving out their combining marks.
    /// `ReadabilityDifferentialTests` checks each against `Character`.
    static func staysApartFromWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0...0x2FF,          // ASCII, Latin-1, Latin Extended-A and -B, IPA, modifier letters
             0x370...0x482,      // Greek, Cyrillic up to its combining marks
             0x48A...0x52F,      // the rest of Cyrillic
             0x1E00...0x1FFF,    // Latin Extended Additional, Greek Extended
             0x2010...0x205F,    // dashes, curly quotes, ellipsis and the rest of General Punctuation
             0x2070...0x20CF,    // superscripts and currency symbols
             0x2100...0x2BFF,    // letterlike symbols, arrows, mathematical and other symbols
             0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,  // CJK punctuation, kana
             0x4E00...0x9FFF,    // CJK ideographs
             0xAC00...0xD7A3,    // Hangul syllables
             0xFF01...0xFF9D,    // full-width forms
             0x1F000...0x1F3FA, 0x1F400...0x1FAFF:  // emoji, leaving out skin-tone modifiers
            true
        default:
            false
        }
    }

    static func isWhitespace(_ value: UInt32) -> Bool {
        value < 0x80 ? ASCIIText.isWhitespace(UInt8(value)) : Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and the encoding's length. Swift keeps
    /// strings as valid UTF-8, so a sequence is never cut short.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        switch lead {
        case ..<0x80: return (lead, 1)
        case ..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
    }
}
