import HandbookModel

/// Two pages that would land at the same URL, a page and a content file that would be written to
/// the same file, or two of them whose paths differ only in letter case (which clash on
/// case-insensitive hosts): each is an error at the one that sorts later. A page or file where
/// the build writes a page of its own (see `reserved`) is an error too.
struct AddressClashChecker {
    /// The files the build writes itself, by output path, with what they are. Reserved whether
    /// or not the templates ask for them (search, print), so that adding a template never makes
    /// a page disappear.
    static let reserved: [(outputPath: SitePath, url: String, name: String)] = [
        (ContentsPage.outputPath, "/" + ContentsPage.urlPath, "its contents page"),
        ("search/index.html", "/search/", "its search page"),
        ("print/index.html", "/print/", "its print page"),
        ("404.html", "/404.html", "its page for missing addresses"),
        ("sitemap.xml", "/sitemap.xml", "its sitemap"),
        ("robots.txt", "/robots.txt", "its robots.txt"),
        (SearchIndexWriter.outputPath, "/" + SearchIndexWriter.outputPath.rawValue, "its search index"),
    ]

    /// What writes one output file: a page (at a URL) or a file copied from `content/`.
    private struct Claim {
        var displayPath: String
        var outputPath: String
        /// `/tips/play/` for a page; nil for a content file.
        var url: String?

        var location: SourceLocation {
            url == nil ? SourceLocation(file: displayPath) : SourceLocation(file: displayPath, line: 1, column: 1)
        }

        var place: String { url ?? "/" + outputPath }
    }

    /// - Parameter assets: the files of `templates/assets/`, copied to `assets/`.
    func check(_ pages: [ParsedPage], contentFiles: Set<SitePath> = [], assets: [SitePath] = []) -> [Diagnostic] {
        // Most sites have no clash: finding that out needs neither the claims nor their order
        // (making and sorting a claim for every page took longer than the rest).
        let reservedKeys = Set((Self.reserved.map(\.outputPath) + assets.map { SitePath(SiteLayout.assetsFolder).appending($0.rawValue) })
            .map { Self.key($0.rawValue) })
        var keys = Set<String>(minimumCapacity: pages.count + contentFiles.count)
        let outputPaths = pages.lazy.map(\.address.outputPath.rawValue) + contentFiles.lazy.map(\.rawValue)
        guard outputPaths.contains(where: { path in
            let key = Self.key(path)
            return reservedKeys.contains(key) || !keys.insert(key).inserted
        }) else { return [] }
        return claimsChecked(pages, contentFiles: contentFiles, assets: assets)
    }

    /// An output path in lower case: the same string when it has no capital (nor any letter
    /// outside ASCII), as most paths have none.
    private static func key(_ path: String) -> String {
        path.utf8.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 >= 0x80 } ? path.lowercased() : path
    }

    private func claimsChecked(_ pages: [ParsedPage], contentFiles: Set<SitePath>, assets: [SitePath]) -> [Diagnostic] {
        let pageClaims = pages.map {
            Claim(displayPath: $0.displayPath, outputPath: $0.address.outputPath.rawValue, url: "/" + $0.address.urlPath)
        }
        let fileClaims = contentFiles.map {
            Claim(displayPath: SiteLayout.contentFolder + "/" + $0.rawValue, outputPath: $0.rawValue, url: nil)
        }
        var diagnostics: [Diagnostic] = []
        var seen: [String: Claim] = [:]
        let copiedAssets = assets.map { path -> (outputPath: SitePath, url: String, name: String) in
            let outputPath = SitePath(SiteLayout.assetsFolder).appending(path.rawValue)
            return (outputPath, "/" + outputPath.rawValue,
                    "a copy of '\(SiteLayout.templatesFolder)/\(SiteLayout.assetsFolder)/\(path)'")
        }
        let reserved = Dictionary((Self.reserved + copiedAssets).map { ($0.outputPath.rawValue.lowercased(), $0) }) { first, _ in first }
        for claim in (pageClaims + fileClaims).sorted(by: { $0.displayPath < $1.displayPath }) {
            let key = claim.outputPath.lowercased()
            if let (outputPath, place, name) = reserved[key] {
                let subject = claim.url == nil ? "the file" : "the page"
                let message = outputPath.rawValue == claim.outputPath
                    ? "\(subject) would be written to '\(claim.place)', where the build writes \(name): rename it"
                    : "\(subject) would be written to '\(claim.place)', which differs only in letter case from '\(place)', where the build writes \(name): rename it, as they clash on hosts that ignore case"
                diagnostics.append(.error(.urlClash, at: claim.location, message))
                continue
            }
            guard let first = seen[key] else {
                seen[key] = claim
                continue
            }
            let subject = claim.url == nil ? "the file" : "the page"
            let message = first.outputPath == claim.outputPath
                ? "\(subject) would be written to '\(claim.place)', as is '\(first.displayPath)'"
                : "\(subject) would be written to '\(claim.place)', which differs only in letter case from '\(first.place)' ('\(first.displayPath)'): rename one, as they clash on hosts that ignore case"
            diagnostics.append(.error(.urlClash, at: claim.location, message))
        }
        return diagnostics
    }
}
