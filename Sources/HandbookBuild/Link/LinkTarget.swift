import Foundation

/// A link destination as written in Markdown, taken apart: `../tips/play.md#peek-a-boo`.
struct LinkTarget {
    enum Kind { case external, fragmentOnly, relative }

    let kind: Kind
    /// The path before `?` or `#`, percent-decoded.
    let path: String
    let fragment: String?

    init(_ destination: String) {
        // In ASCII every byte is a character, so the parts are found on the bytes, without
        // stepping through characters; other text is cut by characters.
        let isASCII = destination.utf8.allSatisfy { $0 < 0x80 }
        let hashIndex = isASCII ? destination.utf8.firstIndex(of: UInt8(ascii: "#")) : destination.firstIndex(of: "#")
        let beforeHash = hashIndex.map { destination[..<$0] } ?? destination[...]
        // A `#` found as a character is that one byte.
        fragment = hashIndex.map { Self.percentDecoded(String(destination[destination.utf8.index(after: $0)...])) }
        let pathEnd = (isASCII ? beforeHash.utf8.firstIndex(of: UInt8(ascii: "?")) : beforeHash.firstIndex(of: "?"))
            ?? beforeHash.endIndex
        path = Self.percentDecoded(String(beforeHash[..<pathEnd]))
        if (isASCII ? LinkTarget.hasASCIIScheme(destination) : LinkTarget.hasScheme(destination)) || destination.hasPrefix("//") {
            kind = .external
        } else if beforeHash.isEmpty {
            kind = .fragmentOnly
        } else {
            kind = .relative
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

    /// `hasScheme` for ASCII text, on its bytes.
    static func hasASCIIScheme(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex else { return false }
        let scheme = bytes[..<colon]
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        return isLetter(scheme.first!) && scheme.allSatisfy { byte in
            isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }
}
