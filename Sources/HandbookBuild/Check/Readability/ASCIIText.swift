/// Byte tests for ASCII text, the readability counts' fast path: for an ASCII byte each gives
/// the same answer as the `Character` property it stands for (`isLetter`, `isNumber`,
/// `isWhitespace`, `lowercased()`), and false for any byte of a longer UTF-8 sequence.
enum ASCIIText {
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte)
    }

    static func isLowercaseLetter(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "a") < 26
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII scalars
    /// with Unicode's White_Space property.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
    }

    /// `.`, `!` or `?`: the ASCII marks that end a sentence.
    static func isStop(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    static func isPlainVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }

    /// Whether `byte` is one of the ASCII characters in `set`.
    static func isOne(_ byte: UInt8, of set: StaticString) -> Bool {
        UnsafeBufferPointer(start: set.utf8Start, count: set.utf8CodeUnitCount).contains(byte)
    }
}
