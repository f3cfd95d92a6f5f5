import Foundation
import HandbookMarkdown
import HandbookModel

/// Checks the form of links to other sites, offline: a malformed URL or a `javascript:` or
/// `data:` URL is an error; `http:` where `https:` would do is a warning.
enum ExternalURLRule {
    static let unsafeSchemes: Set<String> = ["javascript", "data", "vbscript", "file"]

    static func check(_ link: MarkdownLink, at location: SourceLocation) -> Diagnostic? {
        let url = link.destination
        let scheme = url.prefix { $0 != ":" }.lowercased()
        if unsafeSchemes.contains(scheme) {
            return .error(.unsafeURL, at: location, "'\(scheme):' links are not allowed: they can run code or hide content")
        }
        if url.hasPrefix("//") {
            return .error(.malformedURL, at: location, "the link '\(url)' has no scheme: write https://")
        }
        guard scheme == "http" || scheme == "https" else { return nil }
        guard let host = plainHost(of: url) ?? parsedHost(of: url) else {
            return .error(.malformedURL, at: location, "the link '\(url)' is not a valid URL")
        }
        let isLocal = host == "localhost" || host.hasPrefix("127.") || host == "[::1]"
        // A bare `www.` autolink is given `http://` by cmark; the editor did not choose it.
        let isBareAutolink = link.kind == .autolink && link.text.lowercased().hasPrefix("www.")
        if scheme == "http", !isLocal, !isBareAutolink {
            return .warning(.insecureURL, at: location,
                            "the link '\(url)' uses http: use https: if the site offers it")
        }
        return nil
    }

    /// The host of an http(s) URL as Foundation reads it; nil when it reads none, or the URL
    /// holds a space or a backslash.
    static func parsedHost(of url: String) -> String? {
        guard let host = URLComponents(string: url)?.host, !host.isEmpty,
              !url.contains(where: { $0 == " " || $0 == "\\" }) else { return nil }
        return host
    }

    /// The host of a plainly written http(s) URL, found on its bytes: `scheme://host` (no port),
    /// the host letters, digits, dots and hyphens, then only characters a URL may hold as they
    /// are, and `%` before two hex digits. Such a URL is valid, and `parsedHost` finds the same
    /// host; nil for anything else, which `parsedHost` reads (most links are plain, and
    /// Foundation's parser was a visible share of linking).
    static func plainHost(of url: String) -> String? {
        let bytes = Array(url.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes.count > colon + 2,
              bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/") else { return nil }
        let hostStart = colon + 3
        var index = hostStart
        while index < bytes.count, isHostByte(bytes[index]) { index += 1 }
        let hostEnd = index
        guard hostEnd > hostStart, bytes[hostStart] != UInt8(ascii: "."), bytes[hostEnd - 1] != UInt8(ascii: ".") else {
            return nil
        }
        guard index == bytes.count || bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "?")
                || bytes[index] == UInt8(ascii: "#") else { return nil }
        var hashes = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else { return nil }
                index += 3
                continue
            }
            if byte == UInt8(ascii: "#") { hashes += 1 }
            guard hashes <= 1, plainURLBytes[Int(byte)] else { return nil }
            index += 1
        }
        return String(decoding: bytes[hostStart..<hostEnd], as: UTF8.self)
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// What a plain URL's path, query and fragment may hold besides `%XX`: letters, digits and
    /// `-._~/?#=&+:;,@!$'()*`.
    private static let plainURLBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?#=&+:;,@!$'()*".utf8 { table[Int(byte)] = true }
        return table
    }()

    static func isWeb(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}
