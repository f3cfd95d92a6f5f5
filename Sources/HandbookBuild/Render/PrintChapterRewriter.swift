/// Makes one page's HTML fit on the print page beside every other page: each id, and each
/// attribute naming one, gets the chapter's prefix (`peek-a-boo` → `c7-peek-a-boo`); links to
/// pages of the handbook point at their chapters instead (`/tips/play/#peek-a-boo` →
/// `#c7-peek-a-boo`, `/tips/play/` → `#chapter-7`); headings move one level down, below the
/// chapter's title.
///
/// The HTML is the build's own (cmark-gfm and the templates), whose attribute values are
/// always in double quotes and never hold `<` or `>`. A tag runs from a `<` to the next `>`;
/// text between tags is copied as it is.
struct PrintChapterRewriter {
    /// Each chapter's page URL, as the build writes it in links (`/tips/play/`), to its number.
    let chapterNumbers: [String: Int]
    /// The same by bytes, for `chapterNumber(of:)`.
    private let chapterNumbersByBytes: ByteKeyTable
    /// Whether a URL is outside ASCII: then an ASCII link may equal it as a String (U+212A, the
    /// Kelvin sign, is canonically `K`) without having its bytes.
    private let hasOtherURLs: Bool

    init(chapterNumbers: [String: Int]) {
        self.chapterNumbers = chapterNumbers
        chapterNumbersByBytes = ByteKeyTable(chapterNumbers.map { (key: Array($0.key.utf8), value: $0.value) })
        hasOtherURLs = chapterNumbers.keys.contains { $0.utf8.contains { $0 >= 0x80 } }
    }

    /// `chapterNumbers[path]` for a path of ASCII bytes: two ASCII strings are equal exactly when
    /// their bytes are, so only a URL outside ASCII needs the look-up as a String.
    func chapterNumber(ofASCII path: UnsafeBufferPointer<UInt8>) -> Int? {
        if let number = chapterNumbersByBytes.value(for: path) { return number }
        guard hasOtherURLs else { return nil }
        return chapterNumbers[String(decoding: path, as: UTF8.self)]
    }

    static func chapterID(_ number: Int) -> String { "chapter-\(number)" }

    /// `c7-`: a letter, the number and a hyphen, so no two chapters' ids can meet.
    static func idPrefix(_ number: Int) -> String { "c\(number)-" }

    /// A print page holds every page, so this runs over the whole handbook: it works on the
    /// UTF-8 bytes, copies the unchanged stretches between edits in one go and writes into one
    /// buffer (see `PrintTagWriter`).
    func rewrite(_ html: String, chapter: Int) -> [UInt8] {
        var html = html
        html.makeContiguousUTF8()
        let bytes = html.utf8.withContiguousStorageIfAvailable { source in
            var writer = PrintTagWriter(source: source, html: html, chapter: chapter, rewriter: self)
            return writer.rewrite()
        }
        guard let bytes else { preconditionFailure("a contiguous string has contiguous UTF-8") }
        // Kept as bytes: a String made of them would check 150 MB of UTF-8 again on a large site.
        return bytes
    }
}

/// What the print page does to an attribute's value, by the attribute's name.
enum AttributeKind {
    /// `id`, `for`: one id, prefixed.
    case id
    /// `aria-describedby` and the like: ids separated by spaces, each prefixed.
    case idList
    /// `href`: a link, pointed at its chapter.
    case link
    case other

    init(lowercasedName name: String) {
        switch name {
        case "id", "for": self = .id
        case "aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "aria-flowto", "headers":
            self = .idList
        case "href": self = .link
        default: self = .other
        }
    }

    private static let names: [(name: StaticString, kind: AttributeKind)] = [
        ("id", .id), ("for", .id), ("href", .link), ("headers", .idList), ("aria-owns", .idList),
        ("aria-flowto", .idList), ("aria-controls", .idList), ("aria-labelledby", .idList),
        ("aria-describedby", .idList),
    ]

    /// The kind of a name of ASCII letters and hyphens, in any case: compared with the
    /// lower-case names with the case bit set (which leaves `-` as it is).
    init(asciiName bytes: UnsafeBufferPointer<UInt8>) {
        self = .other
        for (name, kind) in Self.names where name.utf8CodeUnitCount == bytes.count {
            let expected = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            if zip(bytes, expected).allSatisfy({ $0 | 0x20 == $1 }) {
                self = kind
                return
            }
        }
    }
}
