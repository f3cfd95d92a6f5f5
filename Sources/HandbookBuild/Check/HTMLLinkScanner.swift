import Foundation

/// The values of the `href` and `src` attributes in an HTML page, `&amp;` in them decoded.
/// Works on the UTF-8 bytes: pages are large and this runs on every one.
enum HTMLLinkScanner {
    static func urls(in html: String) -> [String] {
        var html = html
        return html.withUTF8 { bytes in
            var result: [String] = []
            forEachValue(in: bytes) { result.append(url(UnsafeBufferPointer(rebasing: bytes[$0]))) }
            return result
        }
    }

    /// Calls `body` with where each value is, in page order, as written (`&amp;` not decoded):
    /// from after ` href="` or ` src="` to the next `"`, or to the end of the page. Looks for
    /// the `=` of each, which `memchr` finds fast and which is rarer than the space.
    static func forEachValue(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var index = 0
        // A pattern starts at or after `index`; its `=` is at least 4 bytes later (` src=`).
        var search = index + 4
        while let equals = bytes.firstIndex(of: UInt8(ascii: "="), from: search, to: bytes.count) {
            search = equals + 1
            guard bytes.matches("\"", at: equals + 1),
                  equals - 5 >= index && bytes.matches(" href", at: equals - 5)
                  || equals - 4 >= index && bytes.matches(" src", at: equals - 4) else { continue }
            let start = equals + 2
            let end = bytes.firstIndex(of: UInt8(ascii: "\""), from: start, to: bytes.count) ?? bytes.count
            body(start..<end)
            index = end
            search = index + 4
        }
    }

    /// The URL a value stands for, with `&amp;` decoded.
    static func url(_ value: UnsafeBufferPointer<UInt8>) -> String {
        let url = String(decoding: value, as: UTF8.self)
        // Foundation's search is slow, and few values have an `&` at all.
        guard value.contains(UInt8(ascii: "&")), url.contains("&amp;") else { return url }
        return url.replacingOccurrences(of: "&amp;", with: "&")
    }
}
