import Foundation

/// A link destination as written in Markdown, taken apart: `../tips/play.md#peek-a-boo`.
struct LinkTarget {
    enum Kind { case external, fragmentOnly, relative }

    let kind: Kind
    /// The path before `?` or `#`, percent-decoded.
    let path: String
    let fragment: String?

    init(_ destination: String) {
        let hashIndex = destination.firstIndex(of: "#")
        let beforeHash = hashIndex.map { destination[..<$0] } ?? destination[...]
        let rawFragment = hashIndex.map { String(destination[destination.index(after: $0)...]) }
        fragment = rawFragment.map { $0.removingPercentEncoding ?? $0 }
        let rawPath = beforeHash.prefix { $0 != "?" }
        path = String(rawPath).removingPercentEncoding ?? String(rawPath)
        if LinkTarget.hasScheme(destination) || destination.hasPrefix("//") {
            kind = .external
        } else if beforeHash.isEmpty {
            kind = .fragmentOnly
        } else {
            kind = .relative
        }
    }

    /// `https:`, `mailto:`, `tel:`…: letters, digits, `+ - .`, then a colon, before any `/`.
    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
