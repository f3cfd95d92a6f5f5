/// A path relative to a folder of the site, always with `/` separators and no leading slash:
/// `tips/play.md` under `content/`, or `tips/play/index.html` under the output folder.
public struct SitePath: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.rawValue < rhs.rawValue }

    public var components: [Substring] { rawValue.split(separator: "/") }

    /// The folder part: `tips` for `tips/play.md`, empty at the top.
    public var directory: String {
        guard let slash = rawValue.lastIndex(of: "/") else { return "" }
        return String(rawValue[..<slash])
    }

    /// The last component: `play.md` for `tips/play.md`.
    public var fileName: String {
        guard Self.isASCII(rawValue) else { return components.last.map(String.init) ?? "" }
        // In ASCII every byte is a character, so the name is found on the bytes.
        let bytes = rawValue.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
        return String(rawValue[start..<end])
    }

    public var pathExtension: String {
        let name = fileName
        let dot = Self.isASCII(name) ? name.utf8.lastIndex(of: UInt8(ascii: ".")) : name.lastIndex(of: ".")
        guard let dot, dot != name.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...])
    }

    public func deletingPathExtension() -> SitePath {
        let ext = pathExtension
        guard !ext.isEmpty else { return self }
        return SitePath(String(rawValue.dropLast(ext.count + 1)))
    }

    public func appending(_ component: String) -> SitePath {
        rawValue.isEmpty ? SitePath(component) : SitePath(rawValue + "/" + component)
    }

    /// Resolves a relative reference such as `../tips/play.md` against this path's folder.
    /// Returns nil when it climbs above the top.
    public func resolving(_ relative: String) -> SitePath? {
        if Self.isASCII(rawValue), Self.isASCII(relative) { return resolvingASCII(relative) }
        var parts: [Substring] = relative.hasPrefix("/") ? [] : directory.split(separator: "/")
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return SitePath(parts.joined(separator: "/"))
    }

    /// `resolving(_:)` for ASCII paths, where each byte is a character: the parts are found and
    /// joined on the bytes, without the cost of splitting by characters.
    private func resolvingASCII(_ relative: String) -> SitePath? {
        let slash = UInt8(ascii: "/")
        var path: [UInt8] = []
        path.reserveCapacity(rawValue.utf8.count + relative.utf8.count)
        /// Where each part in `path` starts.
        var starts: [Int] = []
        func append(_ part: Substring.UTF8View) {
            if !path.isEmpty { path.append(slash) }
            starts.append(path.count)
            path.append(contentsOf: part)
        }
        if relative.utf8.first != slash, let lastSlash = rawValue.utf8.lastIndex(of: slash) {
            for part in rawValue.utf8[..<lastSlash].split(separator: slash) { append(part) }
        }
        for part in relative.utf8.split(separator: slash) {
            if part.elementsEqual(".".utf8) { continue }
            if part.elementsEqual("..".utf8) {
                guard let start = starts.popLast() else { return nil }
                path.removeSubrange(max(start - 1, 0)...)
                continue
            }
            append(part)
        }
        return SitePath(String(decoding: path, as: UTF8.self))
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }
}
