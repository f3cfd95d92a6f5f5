import Foundation

/// The index's JSON put together from each page's entry encoded on its own, so that after an
/// edit only the changed pages' entries are encoded again. The bytes are those `json(_:)` writes
/// for the whole index (a test holds them equal).
extension SearchIndexWriter {
    /// One value, encoded as the index encodes it: compact, keys sorted, slashes as they are.
    func fragment<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    /// A page's entry, written directly in the bytes the encoder above gives for it (a test holds
    /// them equal), which a page's entry is chosen by overloading: a `JSONEncoder` for each page
    /// was a third of the cost of its entry.
    func fragment(_ page: SearchIndex.Page) -> String {
        var json: [UInt8] = []
        json.reserveCapacity(page.words.utf8.count + page.title.utf8.count * 2 + page.description.utf8.count
            + page.headings.reduce(64) { $0 + $1.reduce(6) { $0 + $1.utf8.count } })
        // Keys in the order `.sortedKeys` puts them: d, h, t, u, w.
        Self.append("{\"d\":", to: &json)
        Self.appendString(page.description, to: &json)
        Self.append(",\"h\":[", to: &json)
        for (index, heading) in page.headings.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "["))
            for (index, part) in heading.enumerated() {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                Self.appendString(part, to: &json)
            }
            json.append(UInt8(ascii: "]"))
        }
        Self.append("],\"t\":", to: &json)
        Self.appendString(page.title, to: &json)
        Self.append(",\"u\":", to: &json)
        Self.appendString(page.url, to: &json)
        Self.append(",\"w\":", to: &json)
        Self.appendString(page.words, to: &json)
        json.append(UInt8(ascii: "}"))
        return String(decoding: json, as: UTF8.self)
    }

    /// The glossary's terms, written directly as the encoder writes them (a test holds them
    /// equal): on a large site their page lists hold hundreds of thousands of numbers.
    func fragment(_ terms: [SearchIndex.Term]) -> String {
        var json: [UInt8] = []
        json.reserveCapacity(terms.reduce(2) { $0 + 64 + $1.term.utf8.count + $1.url.utf8.count
            + $1.shortDefinition.utf8.count + $1.aliases.reduce(0) { $0 + 3 + $1.utf8.count } + 6 * $1.pages.count })
        json.append(UInt8(ascii: "["))
        for (index, term) in terms.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            // Keys in the order `.sortedKeys` puts them: a, d, p, t, u.
            Self.append("{\"a\":[", to: &json)
            for (index, alias) in term.aliases.enumerated() {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                Self.appendString(alias, to: &json)
            }
            Self.append("],\"d\":", to: &json)
            Self.appendString(term.shortDefinition, to: &json)
            Self.append(",\"p\":[", to: &json)
            for (index, page) in term.pages.enumerated() {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                json.append(contentsOf: String(page).utf8)
            }
            Self.append("],\"t\":", to: &json)
            Self.appendString(term.term, to: &json)
            Self.append(",\"u\":", to: &json)
            Self.appendString(term.url, to: &json)
            json.append(UInt8(ascii: "}"))
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    private static func append(_ text: StaticString, to json: inout [UInt8]) {
        json.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A JSON string escaped as `JSONEncoder` escapes it without `.withoutEscapingSlashes`'s `\/`:
    /// quotation marks and backslashes, control characters by their short escapes where JSON has
    /// one (`\b`, `\f`, `\n`, `\r`, `\t`) and as `\u00xx` (lower-case hex) otherwise; the
    /// rest as it is. Stretches with nothing to escape, nearly all of the text, are copied whole.
    private static func appendString(_ string: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var copied = 0
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count, !mayNeedEscaping(UnsafeRawPointer(bytes.baseAddress! + index)) {
                    index += 8
                    continue
                }
                let end = min(index + 8, bytes.count)
                while index < end {
                    let byte = bytes[index]
                    if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                        json.append(bytes, copied..<index)
                        copied = index + 1
                        appendEscape(byte, to: &json)
                    }
                    index += 1
                }
            }
            json.append(bytes, copied..<bytes.count)
        }
        json.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes at `chunk` may be a control character, `"` or `\`: false
    /// only when none is (true may be wrong, for a byte after one outside ASCII).
    @inline(__always)
    private static func mayNeedEscaping(_ chunk: UnsafeRawPointer) -> Bool {
        let word = chunk.loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // A byte is zero in `x` (its high bit set in `hasZero(x)`) where `word` has that byte;
        // a byte below 0x20 borrows in `word - 0x20…`, setting its high bit.
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
        return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) != 0
    }

    private static func appendEscape(_ byte: UInt8, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: json.append(byte)
        case 0x08: json.append(UInt8(ascii: "b"))
        case 0x0C: json.append(UInt8(ascii: "f"))
        case 0x0A: json.append(UInt8(ascii: "n"))
        case 0x0D: json.append(UInt8(ascii: "r"))
        case 0x09: json.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            json.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                     hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    /// The whole index from its pages' `fragment`s, in reading order, and its terms' `fragment`,
    /// in pieces to be written one after another: the index is megabytes on a large site, and
    /// its pieces are mostly the pages' fragments as they were made.
    func jsonPieces(pageFragments: [String], termsFragment: String) -> [String] {
        let version = SearchIndex(pages: [], terms: []).version
        var pieces = ["{\"g\":", termsFragment, ",\"p\":["]
        pieces.reserveCapacity(2 * pageFragments.count + 4)
        for (index, fragment) in pageFragments.enumerated() {
            if index > 0 { pieces.append(",") }
            pieces.append(fragment)
        }
        pieces.append("],\"v\":\(version)}\n")
        return pieces
    }
}
