import Yams

/// Reads YAML written the way nearly every page's front matter is, one `key: value` a line,
/// without libyaml, giving the values Yams would; any other YAML is left to Yams.
///
/// Composing even three lines with Yams costs a libyaml parse, a tree, a hash of every key for
/// duplicates and a regular expression per plain scalar for its tag: on a large handbook, more
/// than reading the rest of each page's front matter. What this reads:
///
/// - each line is empty, a comment starting at its first column, or `key: value`;
/// - a key is a letter or `_`, then letters, digits, `_` and `-`, tagged str, given once;
/// - a value is `"text"` without `\`, `'text'` without a `'` inside, or plain text that starts
///   with a letter or digit (or a non-ASCII character) and holds no `:` and no `#`; it may be
///   followed by spaces and by a comment after a space;
/// - no tab, carriage return, control character, byte-order mark or Unicode line break anywhere.
///
/// Anything else (nothing at all included) gives nil, for Yams to read and report.
/// `FlatYAMLReaderTests` holds it to Yams on random front matter.
enum FlatYAMLReader {
    struct Field {
        var key: String
        /// The 0-based line of the key.
        var line: Int
        var value: Node.Scalar
    }

    /// The fields of `yaml` in order, or nil when it is not written in the flat form. At most
    /// `maximumFields`: more is left to Yams, which counts values against a limit.
    static func read(_ yaml: String, maximumFields: Int) -> [Field]? {
        var fields: [Field] = []
        let bytes = yaml.utf8
        guard isPrintable(bytes) else { return nil }
        // One for the document, as Yams has: making one builds its tables.
        let constructor = Constructor.default
        var lineStart = bytes.startIndex
        var line = 0
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let text = yaml[lineStart..<lineEnd]
            if let first = text.utf8.first, first != UInt8(ascii: "#") {
                guard fields.count < maximumFields, let field = self.field(in: text, line: line, constructor: constructor),
                      !fields.contains(where: { $0.key == field.key }) else { return nil }
                fields.append(field)
            }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            line += 1
        }
        return fields.isEmpty ? nil : fields
    }

    private static func field(in line: Substring, line number: Int, constructor: Constructor) -> Field? {
        let bytes = line.utf8
        guard let first = bytes.first, isASCIILetter(first) || first == UInt8(ascii: "_") else { return nil }
        let keyEnd = bytes.firstIndex { !(isASCIILetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")) }
        // libyaml takes a key of 1,024 characters at most; real ones are short.
        guard let colon = keyEnd, bytes[colon] == UInt8(ascii: ":"), bytes.distance(from: bytes.startIndex, to: colon) <= 128,
              YAMLTagResolver.tag(ofPlain: bytes[..<colon]) == .str else { return nil }
        let afterColon = bytes.index(after: colon)
        guard afterColon < bytes.endIndex, bytes[afterColon] == UInt8(ascii: " ") else { return nil }
        guard let valueStart = bytes[afterColon...].firstIndex(where: { $0 != UInt8(ascii: " ") }),
              let value = scalar(in: line[valueStart...], constructor: constructor) else { return nil }
        return Field(key: String(line[..<colon]), line: number, value: value)
    }

    /// The value that `text` (a line from the value's first character on) starts with, if it
    /// is followed by nothing but spaces and a comment.
    private static func scalar(in text: Substring, constructor: Constructor) -> Node.Scalar? {
        let bytes = text.utf8
        let first = bytes[bytes.startIndex]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            let contentStart = bytes.index(after: bytes.startIndex)
            guard let close = bytes[contentStart...].firstIndex(of: first) else { return nil }
            let content = bytes[contentStart..<close]
            // An escape is left to Yams; so is a `''` standing for a quote, as what follows the
            // first `'` does not end the line.
            if first == UInt8(ascii: "\""), content.contains(UInt8(ascii: "\\")) { return nil }
            guard endsLine(bytes[bytes.index(after: close)...]) else { return nil }
            let style: Node.Scalar.Style = first == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
            return Node.Scalar(String(text[contentStart..<close]), Tag(.str, .default, constructor), style)
        }
        guard isASCIILetter(first) || isDigit(first) || first >= 0x80 else { return nil }
        let end = bytes.firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        var valueEnd = end
        while bytes[bytes.index(before: valueEnd)] == UInt8(ascii: " ") { valueEnd = bytes.index(before: valueEnd) }
        guard endsLine(bytes[valueEnd...]), let tag = YAMLTagResolver.tag(ofPlain: bytes[..<valueEnd]) else { return nil }
        return Node.Scalar(String(text[..<valueEnd]), Tag(tag, .default, constructor), .plain)
    }

    /// Whether `rest` holds only spaces, then perhaps a comment after at least one of them.
    private static func endsLine(_ rest: Substring.UTF8View) -> Bool {
        let afterSpaces = rest.drop { $0 == UInt8(ascii: " ") }
        guard let first = afterSpaces.first else { return true }
        return first == UInt8(ascii: "#") && afterSpaces.startIndex > rest.startIndex
    }

    /// Whether every character is one libyaml reads as itself: printable ASCII or `\n`, or a
    /// non-ASCII character other than C1 controls, U+2028, U+2029, U+FEFF and U+FFFE/U+FFFF.
    private static func isPrintable(_ bytes: String.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            if byte >= 0x20 && byte < 0x7F || byte == UInt8(ascii: "\n") { continue }
            // The text is valid UTF-8: a lead byte is followed by its continuation bytes.
            switch byte {
            case 0xC2:
                guard let next = iterator.next(), next >= 0xA0 else { return false }
            case 0xC3...0xDF, 0xF0...0xF4:
                continue
            case 0xE2:
                guard let second = iterator.next(), let third = iterator.next() else { return false }
                if second == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
            case 0xEF:
                guard let second = iterator.next(), let third = iterator.next() else { return false }
                if (second == 0xBB && third == 0xBF) || (second == 0xBF && third >= 0xBE) { return false }
            case 0xE0...0xEE:
                continue
            case 0x80...0xBF:
                // A continuation byte of a character already judged.
                continue
            default:
                return false
            }
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
