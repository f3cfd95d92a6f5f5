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
        let paths = OutputPaths(files.map(\.path.rawValue))
        // Pages are scanned in parallel; each broken URL is then reported once, on the first
        // page (in path order) that has it.
        let broken = files.concurrentMap { brokenURLs(in: $0, paths: paths) }
        var reported = alreadyReported
        var diagnostics: [Diagnostic] = []
        for (file, urls) in zip(files, broken) {
            for url in urls where reported.insert(url).inserted {
                let path = String(url.dropFirst(basePath.count).prefix { $0 != "#" && $0 != "?" })
                diagnostics.append(.error(.templateLink, at: locate(path),
                                          "a template links to '\(url)' (on '\(file.path)'), which the site does not have"))
            }
        }
        return diagnostics
    }

    /// The internal URLs on one page (if it is HTML) that name no file in `paths` and are not
    /// already reported, in page order, repeats kept.
    ///
    /// Most links plainly name a file: their bytes, under the base path, are a path's bytes.
    /// Those are passed over without making a string; the others are checked as strings.
    func brokenURLs(in file: OutputFile, paths: OutputPaths) -> [String] {
        guard file.path.pathExtension == "html", case .bytes(let data) = file.contents else { return [] }
        let plain = PlainLinks(basePath: basePath)
        return data.withUnsafeBytes { raw in
            raw.withMemoryRebound(to: UInt8.self) { bytes in
                var broken: [String] = []
                var scratch: [UInt8] = []
                HTMLLinkScanner.forEachValue(in: bytes) { range in
                    let value = UnsafeBufferPointer(rebasing: bytes[range])
                    if let plain, plain.namesAFile(value, in: paths, scratch: &scratch) { return }
                    let url = HTMLLinkScanner.url(value)
                    if isBroken(url, paths: paths) { broken.append(url) }
                }
                return broken
            }
        }
    }

    private func isBroken(_ url: String, paths: OutputPaths) -> Bool {
        guard url.hasPrefix(basePath), !url.hasPrefix("//"), !alreadyReported.contains(url) else { return false }
        return !paths.strings.contains(Self.target(of: url, basePath: basePath))
    }

    /// The output file a URL under the base path names: `/h/tips/` → `tips/index.html`.
    static func target(of url: String, basePath: String) -> String {
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
