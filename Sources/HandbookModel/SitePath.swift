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

    public var fileName: String { components.last.map(String.init) ?? "" }

    public var pathExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
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
}
