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
        let found = files.concurrentMap { Self.missingTargets(in: $0, paths: paths, basePath: basePath) }
        return report(zip(files.map(\.path), found))
    }

    /// The internal URLs on one page (if it is HTML) that name no file in `paths`, in page
    /// order, repeats kept. The byte ranges in `checked` (ascending and apart) hold links that
    /// are checked already (a page's body, see `SiteRenderer.renderPage`), and are passed over.
    static func missingTargets(in file: OutputFile, skipping checked: [Range<Int>] = [], paths: OutputPaths,
                               basePath: String) -> [String] {
        guard file.path.pathExtension == "html" else { return [] }
        switch file.contents {
        case .bytes(let data):
            return data.withUnsafeBytes { raw in
                raw.withMemoryRebound(to: UInt8.self) { missingTargets(inBytes: $0, skipping: checked, paths: paths, basePath: basePath) }
            }
        case .text(var text):
            return text.withUTF8 { missingTargets(inBytes: $0, skipping: checked, paths: paths, basePath: basePath) }
        case .pieces(let pieces):
            var text = pieces.joined()
            return text.withUTF8 { missingTargets(inBytes: $0, skipping: checked, paths: paths, basePath: basePath) }
        case .copy:
            return []
        }
    }

    /// The same, for part of a page.
    static func missingTargets(inHTML html: String, skipping checked: [Range<Int>] = [], paths: OutputPaths,
                               basePath: String) -> [String] {
        var html = html
        return html.withUTF8 { missingTargets(inBytes: $0, skipping: checked, paths: paths, basePath: basePath) }
    }

    /// The stretches between the `checked` ranges, each on its own. A value that a checked range
    /// cuts short (a template that writes the body inside an attribute) is not a link to check:
    /// then the whole page is read as one.
    private static func missingTargets(inBytes bytes: UnsafeBufferPointer<UInt8>, skipping checked: [Range<Int>],
                                       paths: OutputPaths, basePath: String) -> [String] {
        guard !checked.isEmpty else { return missingTargets(inBytes: bytes, paths: paths, basePath: basePath) }
        var broken: [String] = []
        var start = 0
        for range in checked {
            let stretch = UnsafeBufferPointer(rebasing: bytes[start..<range.lowerBound])
            var isCut = false
            broken += missingTargets(inBytes: stretch, paths: paths, basePath: basePath, isCut: &isCut)
            if isCut { return missingTargets(inBytes: bytes, paths: paths, basePath: basePath) }
            start = range.upperBound
        }
        return broken + missingTargets(inBytes: UnsafeBufferPointer(rebasing: bytes[start...]), paths: paths, basePath: basePath)
    }

    private static func missingTargets(inBytes bytes: UnsafeBufferPointer<UInt8>, paths: OutputPaths,
                                       basePath: String) -> [String] {
        var isCut = false
        return missingTargets(inBytes: bytes, paths: paths, basePath: basePath, isCut: &isCut)
    }

    /// Most links plainly name a file: their bytes, under the base path, are a path's bytes.
    /// Those are passed over without making a string; the others are checked as strings.
    /// `isCut` tells whether the last value runs to the end of `bytes` without its closing quote.
    private static func missingTargets(inBytes bytes: UnsafeBufferPointer<UInt8>, paths: OutputPaths,
                                       basePath: String, isCut: inout Bool) -> [String] {
        let plain = PlainLinks(basePath: basePath)
        var broken: [String] = []
        var scratch: [UInt8] = []
        HTMLLinkScanner.forEachValue(in: bytes) { range in
            if range.upperBound == bytes.count { isCut = true }
            let value = UnsafeBufferPointer(rebasing: bytes[range])
            if let plain, plain.namesAFile(value, in: paths, scratch: &scratch) { return }
            let url = HTMLLinkScanner.url(value)
            if url.hasPrefix(basePath), !url.hasPrefix("//"), !paths.strings.contains(target(of: url, basePath: basePath)) {
                broken.append(url)
            }
        }
        return broken
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
    static func target(of url: String, basePath: String) -> String {
        let path = String(url.dropFirst(basePath.count).prefix { $0 != "#" && $0 != "?" })
        // Foundation's decoding is slow, and most paths have nothing to decode.
        let decoded = path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
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
