/// What the cmark tree tells about one link, for `LinkLocator` to find it in the source.
struct LinkClue {
    let isImage: Bool
    /// The link's plain text (an image's alt text).
    let text: String
    let destination: String
    /// The line and byte column cmark reports for the link. The line is usually right; the
    /// column is not after a tab, non-ASCII text on a lazy line, or an `<...>` autolink.
    let line: Int
    let byteColumn: Int
    /// Another line worth searching first: that of the link's first text, where cmark's line
    /// is not (a link whose text wraps is reported on its last line).
    let textLine: Int?
    /// The index, among the document's links, of the link or image this one sits inside.
    let enclosingIndex: Int?
    /// Whether the link could have been written as an autolink: `<url>`, `<email>`, or a bare
    /// URL, `www.` address or email address that the autolink extension picked up. Worked out
    /// once, as each search for the link asks.
    let looksLikeAutolink: Bool

    init(isImage: Bool, text: String, destination: String, line: Int, byteColumn: Int, textLine: Int?,
         enclosingIndex: Int?) {
        self.isImage = isImage
        self.text = text
        self.destination = destination
        self.line = line
        self.byteColumn = byteColumn
        self.textLine = textLine
        self.enclosingIndex = enclosingIndex
        // Most links are ASCII, where a character is a byte: they are compared as bytes,
        // without Foundation's `contains` or new strings.
        looksLikeAutolink = if isImage {
            false
        } else if Self.isASCII(text), Self.isASCII(destination) {
            Self.looksLikeAutolink(asciiText: text.utf8, destination: destination.utf8)
        } else {
            Self.looksLikeAutolink(text: text, destination: destination)
        }
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    static func looksLikeAutolink(text: String, destination: String) -> Bool {
        if destination == text { return text.contains(":") }
        if destination == "mailto:" + text { return text.contains("@") }
        return destination == "http://" + text && text.lowercased().hasPrefix("www.")
    }

    /// `looksLikeAutolink(text:destination:)` for ASCII text and destination.
    static func looksLikeAutolink(asciiText text: String.UTF8View, destination: String.UTF8View) -> Bool {
        // The destination is the text, or the text after seven bytes: most links are neither.
        guard destination.count == text.count || destination.count == text.count + 7 else { return false }
        if destination.elementsEqual(text) { return text.contains(UInt8(ascii: ":")) }
        if destination.starts(with: "mailto:".utf8) {
            return destination.dropFirst(7).elementsEqual(text) && text.contains(UInt8(ascii: "@"))
        }
        let lowercased = text.prefix(4).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return destination.starts(with: "http://".utf8) && destination.dropFirst(7).elementsEqual(text)
            && lowercased.elementsEqual("www.".utf8)
    }
}
