/// Where the site is hosted: `https://example.org/handbook/`. Every internal URL in the output is
/// written under its path (`/handbook/...`), so the site works from a sub-path.
public struct BaseURL: Hashable, Sendable, CustomStringConvertible {
    /// `https://example.org`
    public let origin: String
    /// `/handbook/`: starts and ends with `/`.
    public let path: String

    /// Accepts `http(s)://host[:port][/path]`; nil for anything else.
    public init?(_ text: String) {
        let schemes = ["https://", "http://"]
        guard let scheme = schemes.first(where: { text.lowercased().hasPrefix($0) }) else { return nil }
        let rest = text.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "@" }) else { return nil }
        var path = String(rest.dropFirst(host.count))
        guard !path.contains("?"), !path.contains("#"), !path.contains(" ") else { return nil }
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.origin = scheme + host
        self.path = path
    }

    public var description: String { origin + path }

    /// The absolute URL of a path relative to the site root.
    public func absolute(_ sitePath: String) -> String { origin + path + sitePath }
}
