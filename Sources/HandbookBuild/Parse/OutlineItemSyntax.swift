import Foundation

/// One line of the outline: `  - [Title](target.md)`.
struct OutlineItemSyntax {
    var indent: Int
    var title: String
    var target: String
    /// The 1-based column of the target's first character.
    var targetColumn: Int

    init?(line: Substring) {
        let chars = Array(line)
        var i = 0
        var indent = 0
        while i < chars.count, chars[i] == " " || chars[i] == "\t" {
            indent += chars[i] == "\t" ? 4 : 1
            i += 1
        }
        guard i + 1 < chars.count, "-*+".contains(chars[i]), chars[i + 1] == " " else { return nil }
        i += 2
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count, chars[i] == "[" else { return nil }
        guard let close = chars[(i + 1)...].firstIndex(of: "]"), close + 1 < chars.count,
              chars[close + 1] == "(", let end = chars[(close + 2)...].lastIndex(of: ")") else { return nil }
        guard chars[(end + 1)...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        let title = String(chars[(i + 1)..<close]).trimmingCharacters(in: .whitespaces)
        var target = String(chars[(close + 2)..<end]).trimmingCharacters(in: .whitespaces)
        // Markdown's `<...>` form, for names with spaces: `[Quiet time](<tips/quiet time.md>)`.
        var targetOffset = 0
        if target.count > 2, target.hasPrefix("<"), target.hasSuffix(">") {
            target = String(target.dropFirst().dropLast())
            targetOffset = 1
        }
        guard !title.isEmpty, !target.isEmpty else { return nil }
        self.indent = indent
        self.title = title
        self.target = target.removingPercentEncoding ?? target
        self.targetColumn = close + 3 + targetOffset
    }

    /// `init(line:)` for a line of ASCII without `\r`, where each byte is a character, read
    /// without splitting it into characters.
    init?(asciiLine line: Substring.UTF8View) {
        let bytes = Array(line)
        var i = 0
        var indent = 0
        while i < bytes.count, Self.isBlank(bytes[i]) {
            indent += bytes[i] == UInt8(ascii: "\t") ? 4 : 1
            i += 1
        }
        guard i + 1 < bytes.count, "-*+".utf8.contains(bytes[i]), bytes[i + 1] == UInt8(ascii: " ") else { return nil }
        i += 2
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
        guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "]")), close + 1 < bytes.count,
              bytes[close + 1] == UInt8(ascii: "("), let end = bytes[(close + 2)...].lastIndex(of: UInt8(ascii: ")")) else { return nil }
        guard bytes[(end + 1)...].allSatisfy(Self.isBlank) else { return nil }
        let title = Self.trimmingBlanks(bytes[(i + 1)..<close])
        var target = Self.trimmingBlanks(bytes[(close + 2)..<end])
        var targetOffset = 0
        if target.count > 2, target.first == UInt8(ascii: "<"), target.last == UInt8(ascii: ">") {
            target = target.dropFirst().dropLast()
            targetOffset = 1
        }
        guard !title.isEmpty, !target.isEmpty else { return nil }
        self.indent = indent
        self.title = String(decoding: title, as: UTF8.self)
        let targetText = String(decoding: target, as: UTF8.self)
        // Only a `%` starts an escape: other targets are as they are.
        self.target = target.contains(UInt8(ascii: "%")) ? targetText.removingPercentEncoding ?? targetText : targetText
        self.targetColumn = close + 3 + targetOffset
    }

    /// Space and tab: in ASCII, the characters `CharacterSet.whitespaces` holds.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func trimmingBlanks(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var trimmed = bytes
        while let first = trimmed.first, isBlank(first) { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, isBlank(last) { trimmed = trimmed.dropLast() }
        return trimmed
    }
}
