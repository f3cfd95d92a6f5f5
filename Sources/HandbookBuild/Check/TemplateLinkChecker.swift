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
        // Pages are scanned in parallel; each broken URL is then reported once, on the first
        // page (in path order) that has it.
        let found = files.concurrentMap { Self.missingTargets(in: $0, paths: paths, basePath: basePath) }
        return report(zip(files.map(\.path), found))
    }

    /// The URLs under the base path that an HTML file links to and that name none of `paths`.
    static func missingTargets(in file: OutputFile, paths: Set<String>, basePath: String) -> [String] {
        guard file.path.pathExtension == "html", case .bytes(let data) = file.contents else { return [] }
        return missingTargets(inHTML: String(decoding: data, as: UTF8.self), paths: paths, basePath: basePath)
    }

    /// The same, for part of a page.
    static func missingTargets(inHTML html: String, paths: Set<String>, basePath: String) -> [String] {
        HTMLLinkScanner.urls(in: html).filter { url in
            url.hasPrefix(basePath) && !url.hasPrefix("//") && !paths.contains(target(of: url, basePath: basePath))
        }
    }

    /// Reports what `missingTargets` found on each file, files in the order given: each URL
    /// once, on the first file that has it, unless it is already reported.
    func report<S: Sequence>(_ found: S) -> [Diagnostic] where S.Element == (SitePath, [String]) {
        var reported = alreadyReported
        var diagnostics: [Diagnostic] = []
        for (file, urls) in found {
            for url in urls where reported.insert(url).inserted {
                let path = String(url.dropFirst(basePath.count).prefix { $0 != "#" && $0 != "?" })
                diagnostics.append(.error(.templateLink, at: locate(path),
                                          "a template links to '\(url)' (on '\(file)'), which the site does not have"))
            }
        }
        return diagnostics
    }

    /// The output file a URL under the base path names: `/h/tips/` → `tips/index.html`.
    private static func target(of url: String, basePath: String) -> String {
        let path = String(url.dropFirst(basePath.count).prefix { $0 != "#" && $0 != "?" })
        let decoded = path.removingPercentEncoding ?? path
        return decoded.isEmpty || decoded.hasSuffix("/") ? decoded + "index.html" : decoded
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

/// The values of the `href` and `src` attributes in an HTML page, `&amp;` in them decoded.
/// Works on the UTF-8 bytes: pages are large and this runs on every one.
enum HTMLLinkScanner {
    private static let attributes: [[UInt8]] = [Array(" href=\"".utf8), Array(" src=\"".utf8)]

    static func urls(in html: String) -> [String] {
        var html = html
        return html.withUTF8 { bytes in
            var result: [String] = []
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: " ") else {
                    index += 1
                    continue
                }
                guard let attribute = attributes.first(where: { matches($0, in: bytes, at: index) }) else {
                    index += 1
                    continue
                }
                let start = index + attribute.count
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                result.append(value.contains("&amp;") ? value.replacingOccurrences(of: "&amp;", with: "&") : value)
                index = end
            }
            return result
        }
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
}
