import HandbookModel

/// Where a page's Markdown file lands in the output, with pretty URLs:
/// `tips/play.md` → `tips/play/index.html` at `tips/play/`; `tips/index.md` → `tips/index.html` at
/// `tips/`; `index.md` → `index.html` at the root.
public struct PageAddress: Hashable, Sendable, Comparable {
    /// The folder URL relative to the site root: `tips/play/`, or empty for the home page.
    public let urlPath: String
    /// The HTML file relative to the output folder.
    public let outputPath: SitePath

    public init(source: SitePath) {
        let stem = source.deletingPathExtension()
        if stem.fileName == "index" {
            let folder = stem.directory
            urlPath = folder.isEmpty ? "" : folder + "/"
        } else {
            urlPath = stem.rawValue + "/"
        }
        outputPath = SitePath(urlPath + "index.html")
    }

    /// The URL to write in a link: the base path, then the page's path with unsafe characters encoded.
    public func href(basePath: String, fragment: String? = nil) -> String {
        var href = basePath + URLEncoding.encodePath(urlPath)
        if let fragment, !fragment.isEmpty { href += "#" + URLEncoding.encodeFragment(fragment) }
        return href
    }

    public static func < (lhs: PageAddress, rhs: PageAddress) -> Bool { lhs.urlPath < rhs.urlPath }
}

/// Percent-encoding for the URLs the build writes.
public enum URLEncoding {
    /// Which bytes a path keeps as they are, by value: a table rather than a `Set`, as every
    /// byte of every link the build writes is looked up.
    private static let pathSafe = safeBytes("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@")
    private static let queryValueSafe = safeBytes("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    private static let fragmentSafe = safeBytes("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@?")

    public static func encodePath(_ path: String) -> String { encode(path, keeping: pathSafe) }

    public static func encodeFragment(_ fragment: String) -> String { encode(fragment, keeping: fragmentSafe) }

    /// A value of a URL's query (`?q=…`): every byte but letters, digits and `-._~` encoded.
    public static func encodeQueryValue(_ value: String) -> String { encode(value, keeping: queryValueSafe) }

    private static func safeBytes(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    private static func encode(_ text: String, keeping safe: [Bool]) -> String {
        guard !text.utf8.allSatisfy({ safe[Int($0)] }) else { return text }
        var result = ""
        for byte in text.utf8 {
            if safe[Int(byte)] {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += byte < 16 ? "%0" + hex : "%" + hex
            }
        }
        return result
    }
}
