/// HTML escaping as swift-mustache does it (& < > " ' become &amp; &lt; &gt; &quot; &#39;), but
/// reading bytes: swift-mustache looks every `Character` up in a dictionary, which was a twentieth
/// of a build's time.
enum HTMLEscaping {
    /// Bit n set for the ASCII byte n that is escaped: " & ' < >.
    private static let escapedBytes: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 64 && escapedBytes & (1 << UInt64(byte)) != 0
    }

    private static func replacement(for byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        append(text, to: &result)
        return result
    }

    private enum Outcome { case nothingToEscape, escaped, needsCharacters }

    /// Appends `text` escaped; text with nothing to escape, most of it, is appended as it is.
    static func append<Output: TemplateOutput>(_ text: String, to output: inout Output) {
        var bytesOfText = text
        let outcome: Outcome = bytesOfText.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: isEscaped) else { return .nothingToEscape }
            // swift-mustache compares whole `Character`s: an escaped byte that shares its
            // `Character` with a neighbour (a combining mark after it, a prepended mark before
            // it, both non-ASCII) is left alone there. Such rare text goes the same way here.
            for index in first..<bytes.count where isEscaped(bytes[index]) {
                if index > 0 && bytes[index - 1] >= 0x80 || index + 1 < bytes.count && bytes[index + 1] >= 0x80 {
                    return .needsCharacters
                }
            }
            appendReplacing(bytes, from: first, to: &output)
            return .escaped
        }
        switch outcome {
        case .nothingToEscape: output.write(text)
        case .escaped: break
        case .needsCharacters: appendByCharacter(text, to: &output)
        }
    }

    /// The bytes with each escaped byte replaced, from `first`, the first of them.
    private static func appendReplacing<Output: TemplateOutput>(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int,
                                                               to output: inout Output) {
        var runStart = 0
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if isEscaped(byte) {
                if runStart < index { output.write(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                let replacement = replacement(for: byte)
                output.write(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            index += 1
        }
        if runStart < bytes.count { output.write(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }

    private static func appendByCharacter<Output: TemplateOutput>(_ text: String, to output: inout Output) {
        for character in text {
            switch character {
            case "&": output.write("&amp;")
            case "<": output.write("&lt;")
            case ">": output.write("&gt;")
            case "\"": output.write("&quot;")
            case "'": output.write("&#39;")
            default: output.write(String(character))
            }
        }
    }
}
