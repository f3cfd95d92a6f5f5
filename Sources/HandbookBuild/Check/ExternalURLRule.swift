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
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty,
              !url.contains(where: { $0 == " " || $0 == "\\" }) else {
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

    static func isWeb(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}
