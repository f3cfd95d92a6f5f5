import Foundation

/// Finds Pandoc-style citations in a stretch of text: `[@key]`, `[@a; @b]`,
/// `[@key, "Myths and facts"]`, `[@key, p. 12]`.
struct CitationScanner {
    struct Item: Hashable {
        var key: String
        /// Where a point is found in the source: `p. 12`, or a quoted section name without quotes.
        var locator: String?
    }

    struct Match {
        /// The bracketed text, brackets included.
        var range: Range<String.Index>
        var items: [Item]
    }

    /// A `[@` that does not read as a citation, for a diagnostic.
    struct Malformed {
        var offset: String.Index
    }

    /// Whether the bytes `[@` occur in `text`: a cheap first look, as most text has no citation.
    /// Every `[@` that `scan` finds is there byte for byte (neither character has another
    /// canonically equivalent spelling), so text without them needs no scan.
    static func mayHoldCitations(_ text: String) -> Bool {
        // A native String's bytes are read in place; only another kind of String is copied.
        if let answer = text.utf8.withContiguousStorageIfAvailable(mayHoldCitations) { return answer }
        var text = text
        return text.withUTF8(mayHoldCitations)
    }

    private static func mayHoldCitations(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 2 else { return false }
        // memchr finds the brackets many bytes at a time; an opening one is rarely followed by `@`.
        var from = base
        let last = base + bytes.count - 1
        while from < last, let found = memchr(from, Int32(UInt8(ascii: "[")), last - from) {
            let bracket = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self))
            if bracket[1] == UInt8(ascii: "@") { return true }
            from = bracket + 1
        }
        return false
    }

    static func scan(_ text: String) -> (matches: [Match], malformed: [Malformed]) {
        guard mayHoldCitations(text) else { return ([], []) }
        // ASCII text is read on its bytes, where characters and bytes agree; only a native
        // String's bytes are read in place.
        let asciiScan = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? ASCIICitationScanner.scan(text, bytes: bytes) : nil
        }
        if let found = asciiScan ?? nil { return found }
        var matches: [Match] = []
        var malformed: [Malformed] = []
        var searchStart = text.startIndex
        // Foundation's search compares characters by canonical equivalence.
        while let open = text[searchStart...].range(of: "[@") {
            guard let close = text[open.upperBound...].firstIndex(of: "]"),
                  let items = parseItems(text[text.index(after: open.lowerBound)..<close]) else {
                malformed.append(Malformed(offset: open.lowerBound))
                searchStart = open.upperBound
                continue
            }
            matches.append(Match(range: open.lowerBound..<text.index(after: close), items: items))
            searchStart = text.index(after: close)
        }
        return (matches, malformed)
    }

    /// `@a; @b, p. 3`: items separated by semicolons, each `@key` with an optional `, locator`.
    private static func parseItems(_ inner: Substring) -> [Item]? {
        var items: [Item] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = trimmingWhitespace(part)
            guard trimmed.hasPrefix("@") else { return nil }
            let afterAt = trimmed.dropFirst()
            let key = afterAt.prefix { isKeyCharacter($0) }
            guard let first = key.first, first.isLetter || first.isNumber, key.last != ".", key.last != ":" else { return nil }
            var rest = trimmingWhitespace(afterAt.dropFirst(key.count))
            var locator: String?
            if !rest.isEmpty {
                guard rest.hasPrefix(",") else { return nil }
                rest = trimmingWhitespace(rest.dropFirst())
                guard !rest.isEmpty else { return nil }
                locator = unquoted(rest)
            }
            items.append(Item(key: String(key), locator: locator))
        }
        return items.isEmpty ? nil : items
    }

    /// `text.trimmingCharacters(in: .whitespaces)`. In ASCII text the only such characters are
    /// space and tab, trimmed here on the bytes; other text goes to Foundation.
    private static func trimmingWhitespace(_ text: Substring) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.trimmingCharacters(in: .whitespaces) }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = text.utf8.firstIndex(where: { !isBlank($0) }),
              let last = text.utf8.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        // ASCII letters and digits are the only ASCII characters that are letters or numbers;
        // they are told apart here without Unicode's tables.
        if let byte = character.asciiValue {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"): return true
            default: return false
            }
        }
        return character.isLetter || character.isNumber
    }

    private static func unquoted(_ text: String) -> String {
        for (open, close) in [("\"", "\""), ("“", "”"), ("'", "'")] where text.count >= 2 && text.hasPrefix(open) && text.hasSuffix(close) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
