import Foundation

/// Puts a tag into an HTML page just before its last `</body>` (any case), or at the end when
/// the page has none.
enum ScriptInjector {
    static func inject(_ tag: String, into html: Data) -> Data {
        let closing = Array("</body".utf8)
        let bytes = [UInt8](html)
        var index = bytes.count - closing.count
        while index >= 0 {
            if matches(closing, in: bytes, at: index) {
                var result = Data(bytes[..<index])
                result.append(Data(tag.utf8))
                result.append(Data(bytes[index...]))
                return result
            }
            index -= 1
        }
        var result = html
        result.append(Data(tag.utf8))
        return result
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        for offset in 0..<pattern.count {
            var byte = bytes[start + offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != pattern[offset] { return false }
        }
        return true
    }
}
