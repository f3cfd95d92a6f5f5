import Foundation

/// A link destination as written in Markdown, taken apart: `../tips/play.md#peek-a-boo`.
struct LinkTarget {
    enum Kind { case external, fragmentOnly, relative }

    let kind: Kind
    /// The path before `?` or `#`, as written (not decoded).
    let rawPath: Substring
    let fragment: String?
    /// Whether the destination is ASCII, so that each of its bytes is a character.
    let isASCII: Bool

    /// The path before `?` or `#`, percent-decoded. Made only when asked for: a link whose path
    /// is resolved on its bytes (`asciiPath`) needs no String of it.
    var path: String { Self.percentDecoded(String(rawPath)) }

    /// The path's bytes when they are the path itself: ASCII, with nothing percent-encoded, and
    /// relative to the page (not starting with `/`). Nil for any other path.
    var asciiPath: Substring.UTF8View? {
        let bytes = rawPath.utf8
        guard isASCII, bytes.first != UInt8(ascii: "/"), !bytes.contains(UInt8(ascii: "%")) else { return nil }
        return bytes
    }

    init(_ destination: String) {
        var copy = destination
        // A native String's bytes are read in place; only another kind of String is copied.
        let marks = destination.utf8.withContiguousStorageIfAvailable(Marks.init) ?? copy.withUTF8(Marks.init)
        if marks.isASCII { self.init(ascii: destination, marks: marks) } else { self.init(characters: destination) }
    }

    /// `init(_:)` for an ASCII destination, where every byte is a character: it is cut where
    /// the marks are.
    private init(ascii destination: String, marks: Marks) {
        isASCII = true
        let bytes = destination.utf8
        let hashIndex = marks.hash.map { bytes.index(bytes.startIndex, offsetBy: $0) }
        fragment = hashIndex.map { Self.percentDecoded(String(destination[bytes.index(after: $0)...])) }
        let pathEnd = marks.query ?? marks.hash ?? marks.count
        rawPath = destination[..<bytes.index(bytes.startIndex, offsetBy: pathEnd)]
        if marks.hasScheme || destination.hasPrefix("//") {
            kind = .external
        } else if (marks.hash ?? marks.count) == 0 {
            kind = .fragmentOnly
        } else {
            kind = .relative
        }
    }

    /// `init(_:)` for a destination beyond ASCII, cut by characters.
    private init(characters destination: String) {
        isASCII = false
        let hashIndex = destination.firstIndex(of: "#")
        let beforeHash = hashIndex.map { destination[..<$0] } ?? destination[...]
        // A `#` found as a character is that one byte.
        fragment = hashIndex.map { Self.percentDecoded(String(destination[destination.utf8.index(after: $0)...])) }
        rawPath = beforeHash[..<(beforeHash.firstIndex(of: "?") ?? beforeHash.endIndex)]
        if LinkTarget.hasScheme(destination) || destination.hasPrefix("//") {
            kind = .external
        } else if beforeHash.isEmpty {
            kind = .fragmentOnly
        } else {
            kind = .relative
        }
    }

    /// Where the first `#`, `?` (before any `#`) and `:` of a destination are, found in one
    /// pass over its bytes, and whether it is ASCII.
    private struct Marks {
        var count: Int
        var hash: Int?
        var query: Int?
        var isASCII: Bool
        /// Whether an ASCII destination starts with a scheme (`hasScheme`).
        var hasScheme = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            count = bytes.count
            var colon: Int?
            var highBits: UInt8 = 0
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                highBits |= byte
                if byte == UInt8(ascii: "#") {
                    if hash == nil { hash = offset }
                } else if byte == UInt8(ascii: "?") {
                    if query == nil, hash == nil { query = offset }
                } else if byte == UInt8(ascii: ":") {
                    if colon == nil { colon = offset }
                }
            }
            isASCII = highBits < 0x80
            if isASCII, let colon, colon > 0 {
                hasScheme = LinkTarget.isSchemeStart(bytes[0]) && bytes[1..<colon].allSatisfy(LinkTarget.isSchemeByte)
            }
        }
    }

    /// `text` with `%XX` escapes decoded, or as it is when they do not decode to UTF-8. Most
    /// destinations have no `%`, and Foundation's decoding is not cheap, so those are not given to it.
    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    /// `https:`, `mailto:`, `tel:`…: letters, digits, `+ - .`, then a colon, before any `/`.
    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    private static func isSchemeStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// A letter, digit, `+`, `-` or `.`: what an ASCII scheme is made of.
    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isSchemeStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
