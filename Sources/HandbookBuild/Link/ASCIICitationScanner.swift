/// `CitationScanner.scan` for text that is all ASCII, read on its UTF-8 bytes. In ASCII a
/// character is a byte (a `\r\n` pair aside, which no rule here looks into), so searching and
/// trimming bytes finds what Foundation's search and Character trimming find; and only
/// the keys and locators become Strings.
enum ASCIICitationScanner {
    /// The citations in `text`, whose bytes are `bytes`, all ASCII.
    static func scan(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> (matches: [CitationScanner.Match], malformed: [CitationScanner.Malformed]) {
        var matches: [CitationScanner.Match] = []
        var malformed: [CitationScanner.Malformed] = []
        func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        var from = 0
        while let open = openingOffset(in: bytes, from: from) {
            guard let close = offset(of: UInt8(ascii: "]"), in: bytes, from: open + 2),
                  let items = parseItems(bytes, in: (open + 1)..<close) else {
                malformed.append(CitationScanner.Malformed(offset: index(open)))
                from = open + 2
                continue
            }
            matches.append(CitationScanner.Match(range: index(open)..<index(close + 1), items: items))
            from = close + 1
        }
        return (matches, malformed)
    }

    /// Where the next `[@` starts.
    private static func openingOffset(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var from = from
        while let bracket = offset(of: UInt8(ascii: "["), in: bytes, from: from) {
            if bracket + 1 < bytes.count, bytes[bracket + 1] == UInt8(ascii: "@") { return bracket }
            from = bracket + 1
        }
        return nil
    }

    private static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int? = nil) -> Int? {
        var index = from
        let end = end ?? bytes.count
        while index < end {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// `@a; @b, p. 3`: items separated by semicolons, each `@key` with an optional `, locator`.
    private static func parseItems(_ bytes: UnsafeBufferPointer<UInt8>, in inner: Range<Int>) -> [CitationScanner.Item]? {
        var items: [CitationScanner.Item] = []
        var partStart = inner.lowerBound
        while partStart <= inner.upperBound {
            let partEnd = offset(of: UInt8(ascii: ";"), in: bytes, from: partStart, to: inner.upperBound) ?? inner.upperBound
            guard let item = parseItem(bytes, in: trimmed(partStart..<partEnd, in: bytes)) else { return nil }
            items.append(item)
            partStart = partEnd + 1
        }
        return items.isEmpty ? nil : items
    }

    /// `@key` or `@key, locator`, trimmed.
    private static func parseItem(_ bytes: UnsafeBufferPointer<UInt8>, in part: Range<Int>) -> CitationScanner.Item? {
        guard !part.isEmpty, bytes[part.lowerBound] == UInt8(ascii: "@") else { return nil }
        let keyStart = part.lowerBound + 1
        var keyEnd = keyStart
        while keyEnd < part.upperBound, isKeyByte(bytes[keyEnd]) { keyEnd += 1 }
        guard keyEnd > keyStart, isLetterOrDigit(bytes[keyStart]),
              bytes[keyEnd - 1] != UInt8(ascii: "."), bytes[keyEnd - 1] != UInt8(ascii: ":") else { return nil }
        let key = string(bytes, keyStart..<keyEnd)
        let rest = trimmed(keyEnd..<part.upperBound, in: bytes)
        guard !rest.isEmpty else { return CitationScanner.Item(key: key, locator: nil) }
        guard bytes[rest.lowerBound] == UInt8(ascii: ",") else { return nil }
        let locator = trimmed((rest.lowerBound + 1)..<rest.upperBound, in: bytes)
        guard !locator.isEmpty else { return nil }
        return CitationScanner.Item(key: key, locator: string(bytes, unquoted(locator, in: bytes)))
    }

    /// Without leading and trailing spaces and tabs, ASCII's only `.whitespaces`.
    private static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Without the quotes when the locator is `"…"` or `'…'`.
    private static func unquoted(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        guard range.count >= 2 else { return range }
        let first = bytes[range.lowerBound]
        guard first == UInt8(ascii: "\"") || first == UInt8(ascii: "'"), bytes[range.upperBound - 1] == first else { return range }
        return (range.lowerBound + 1)..<(range.upperBound - 1)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// Letters, digits and `-_.:`, the ASCII characters a key may hold.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: ":")
    }
}
