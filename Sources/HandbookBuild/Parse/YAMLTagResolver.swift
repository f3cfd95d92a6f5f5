import Yams

/// The tag Yams' default resolver (`Resolver.default`) gives a plain scalar, worked out without
/// its regular expressions, which cost more than the rest of reading a page's front matter.
///
/// Only for text without `:` or a line break: those are the texts the sexagesimal numbers and
/// the timestamps with a time of day need, and a line break may end ICU's `$`. For any other
/// text the answer is Yams' rules, in their order: bool, int, float, merge, null, timestamp,
/// value, else str. `YAMLTagResolverTests` holds it to Yams on random texts.
enum YAMLTagResolver {
    /// Nil when `text` is outside what this resolver answers for.
    static func tag(ofPlain text: Substring.UTF8View) -> Tag.Name? {
        let word = Array(text)
        // `\n`, vertical tab, form feed and `\r` are line breaks to ICU.
        if word.contains(where: { $0 == UInt8(ascii: ":") || (0x0A...0x0D).contains($0) }) { return nil }
        // Every rule matches ASCII only, but for a line break at the end that ICU's `$` allows:
        // U+0085, U+2028 and U+2029 are line breaks to it.
        if word.contains(where: { $0 >= 0x80 }) {
            let lineBreaks: [[UInt8]] = [[0xC2, 0x85], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9]]
            return lineBreaks.contains { word.firstRange(of: $0) != nil } ? nil : .str
        }
        if isBool(word) { return .bool }
        if isInt(word) { return .int }
        if isFloat(word) { return .float }
        if word == Array("<<".utf8) { return .merge }
        if isNull(word) { return .null }
        if isDate(word) { return .timestamp }
        if word == [UInt8(ascii: "=")] { return .value }
        return .str
    }

    private static let boolWords: Set<[UInt8]> = Set([
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ].map { Array($0.utf8) })

    private static let nullWords: Set<[UInt8]> = Set(["", "~", "null", "Null", "NULL"].map { Array($0.utf8) })

    private static func isBool(_ word: [UInt8]) -> Bool { word.count <= 5 && boolWords.contains(word) }

    private static func isNull(_ word: [UInt8]) -> Bool { word.count <= 4 && nullWords.contains(word) }

    /// `[-+]?0b[0-1_]+`, `[-+]?0o?[0-7_]+`, `[-+]?(?:0|[1-9][0-9_]*)` or `[-+]?0x[0-9a-fA-F_]+`.
    private static func isInt(_ word: [UInt8]) -> Bool {
        let digits = word.first == UInt8(ascii: "-") || word.first == UInt8(ascii: "+") ? word.dropFirst() : word[...]
        guard let first = digits.first else { return false }
        let rest = digits.dropFirst()
        if first == UInt8(ascii: "0") {
            if rest.isEmpty { return true }
            if rest.first == UInt8(ascii: "b") { return all(rest.dropFirst(), nonEmpty: true) { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F } }
            if rest.first == UInt8(ascii: "x") { return all(rest.dropFirst(), nonEmpty: true) { isHexDigit($0) || $0 == 0x5F } }
            let octal = rest.first == UInt8(ascii: "o") ? rest.dropFirst() : rest
            return all(octal, nonEmpty: true) { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F }
        }
        return first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9") && all(rest, nonEmpty: false) { isDigit($0) || $0 == 0x5F }
    }

    /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?`, `\.[0-9_]+([eE][-+][0-9]+)?`,
    /// `[-+]?\.(inf|Inf|INF)` or `\.(nan|NaN|NAN)`.
    private static func isFloat(_ word: [UInt8]) -> Bool {
        let signed = word.first == UInt8(ascii: "-") || word.first == UInt8(ascii: "+")
        let body = signed ? word.dropFirst() : word[...]
        guard let first = body.first else { return false }
        if first == UInt8(ascii: ".") {
            let after = body.dropFirst()
            if ["inf", "Inf", "INF"].contains(where: { after.elementsEqual($0.utf8) }) { return true }
            if !signed, ["nan", "NaN", "NAN"].contains(where: { after.elementsEqual($0.utf8) }) { return true }
            guard !signed else { return false }
            let mantissa = after.prefix { isDigit($0) || $0 == 0x5F }
            guard !mantissa.isEmpty else { return false }
            return isExponent(after.dropFirst(mantissa.count), signRequired: true)
        }
        guard isDigit(first) else { return false }
        var rest = body.dropFirst().drop { isDigit($0) || $0 == 0x5F }
        if rest.first == UInt8(ascii: ".") { rest = rest.dropFirst().drop { isDigit($0) || $0 == 0x5F } }
        return isExponent(rest, signRequired: false)
    }

    /// Empty, or `[eE][-+]?[0-9]+` (the sign required when `signRequired`).
    private static func isExponent(_ text: ArraySlice<UInt8>, signRequired: Bool) -> Bool {
        guard let first = text.first else { return true }
        guard first == UInt8(ascii: "e") || first == UInt8(ascii: "E") else { return false }
        var digits = text.dropFirst()
        if digits.first == UInt8(ascii: "-") || digits.first == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        } else if signRequired {
            return false
        }
        return all(digits, nonEmpty: true, isDigit)
    }

    /// `[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]`.
    private static func isDate(_ word: [UInt8]) -> Bool {
        guard word.count == 10 else { return false }
        for (index, byte) in word.enumerated() {
            let wanted = index == 4 || index == 7 ? byte == UInt8(ascii: "-") : isDigit(byte)
            if !wanted { return false }
        }
        return true
    }

    private static func all(_ bytes: ArraySlice<UInt8>, nonEmpty: Bool, _ predicate: (UInt8) -> Bool) -> Bool {
        (!nonEmpty || !bytes.isEmpty) && bytes.allSatisfy(predicate)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
