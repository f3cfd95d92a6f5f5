/// Escaping for text written into HTML or XML by the tool itself (not by a template).
public enum HTMLText {
    /// Text safe between tags and inside a double- or single-quoted attribute value.
    ///
    /// Works on UTF-8 bytes, copying the runs between special characters, so a character is
    /// escaped even when a combining mark follows it (`"` + U+0301 is one Character, but still
    /// ends an attribute value).
    public static func escape(_ text: String) -> String {
        var source = text
        return source.withUTF8 { bytes -> String? in
            var growth = 0
            for byte in bytes { growth &+= extraLength(of: byte) }
            guard growth > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + growth) { output in
                var written = 0
                var runStart = 0
                func copy(_ part: UnsafeBufferPointer<UInt8>) {
                    guard let base = part.baseAddress, !part.isEmpty else { return }
                    (output.baseAddress! + written).initialize(from: base, count: part.count)
                    written += part.count
                }
                for index in bytes.indices {
                    guard let entity = entity(for: bytes[index]) else { continue }
                    copy(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    entity.withUTF8Buffer { copy($0) }
                    runStart = index + 1
                }
                copy(UnsafeBufferPointer(rebasing: bytes[runStart...]))
                return written
            }
        } ?? text
    }

    /// How many bytes longer `byte` is once escaped.
    @inline(__always)
    private static func extraLength(of byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "&"): 4
        case UInt8(ascii: "<"), UInt8(ascii: ">"): 3
        case UInt8(ascii: "\""): 5
        case UInt8(ascii: "'"): 4
        default: 0
        }
    }

    @inline(__always)
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
