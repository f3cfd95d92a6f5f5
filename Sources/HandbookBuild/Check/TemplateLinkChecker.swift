import Foundation
import HandbookModel

/// Checks the links on the rendered pages, which include the links templates write: every
/// internal `href` and `src` must name a file of the built site. A broken one is reported at
/// the template line that writes it.
struct TemplateLinkChecker {
    let basePath: String
    let templates: [String: SourceFile]
    /// Destinations from the Markdown that are already reported.
    var alreadyReported: Set<String> = []

    func check(_ files: [OutputFile]) -> [Diagnostic] {
        let paths = Set(files.map(\.path.rawValue))
        var reported = alreadyReported
        var diagnostics: [Diagnostic] = []
        for file in files where file.path.pathExtension == "html" {
            guard case .bytes(let data) = file.contents else { continue }
            for url in HTMLLinkScanner.urls(in: String(decoding: data, as: UTF8.self)) {
                guard url.hasPrefix(basePath), !url.hasPrefix("//"), !reported.contains(url) else { continue }
                let path = String(url.dropFirst(basePath.count).prefix { $0 != "#" && $0 != "?" })
                let decoded = path.removingPercentEncoding ?? path
                let target = decoded.isEmpty || decoded.hasSuffix("/") ? decoded + "index.html" : decoded
                guard !paths.contains(target) else { continue }
                reported.insert(url)
                diagnostics.append(.error(.templateLink, at: locate(path),
                                          "a template links to '\(url)' (on '\(file.path)'), which the site does not have"))
            }
        }
        return diagnostics
    }

    /// The template line that writes a path: the first template containing it literally.
    private func locate(_ path: String) -> SourceLocation {
        let needle = path.isEmpty ? "" : path
        for name in templates.keys.sorted() {
            let file = templates[name]!
            for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if !needle.isEmpty, let range = line.range(of: needle) {
                    return SourceLocation(file: file.displayPath, line: index + 1,
                                          column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
            }
        }
        return SourceLocation(file: "\(SiteLayout.templatesFolder)/page.\(SiteLayout.templateExtension)")
    }
}

/// The values of the `href` and `src` attributes in an HTML page, entities in them decoded.
enum HTMLLinkScanner {
    static func urls(in html: String) -> [String] {
        var result: [String] = []
        for attribute in [" href=\"", " src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let value = rest[start.upperBound...].prefix { $0 != "\"" }
                result.append(value.replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[start.upperBound...]
            }
        }
        return result
    }
}
