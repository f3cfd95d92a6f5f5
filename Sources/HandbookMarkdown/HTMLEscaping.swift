/// How cmark-gfm escapes URLs, to know the ids it writes. (Text is escaped with `HTMLText`.)
enum HTMLEscaping {
    /// What cmark-gfm's `houdini_escape_href` makes of `text`, as the browser then reads it:
    /// bytes outside cmark's URL-safe set become `%XX`; `&` and `'`, which cmark writes as
    /// entities, read back as themselves. Footnote ids are written this way.
    static func cmarkHrefValue(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if isKeptByCmarkHref(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte >> 4, radix: 16, uppercase: true)
                    + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return result
    }

    private static func isKeptByCmarkHref(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return Array("-_.+!*'(),%#@?=;:/&$~".utf8).contains(byte)
        }
    }
}
