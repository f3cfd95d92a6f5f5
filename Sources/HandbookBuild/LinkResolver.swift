import HandbookMarkdown
import HandbookModel

/// Checks every relative link and image of a page and rewrites it to its URL in the output:
/// `../tips/play.md#peek-a-boo` → `/handbook/tips/play/#peek-a-boo`.
public struct LinkResolver: Sendable {
    /// `/` or `/handbook/`.
    public var basePath: String

    public init(basePath: String) { self.basePath = basePath }

    public func resolve(_ page: ParsedPage, in index: SiteIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let links = page.document.links
        var destinations: [String] = []
        destinations.reserveCapacity(links.count)
        for link in links {
            let (destination, diagnostic) = resolve(link, on: page, in: index)
            destinations.append(destination)
            if let diagnostic { diagnostics.append(diagnostic) }
        }
        if destinations != links.map(\.destination) { page.document.setLinkDestinations(destinations) }
        return diagnostics
    }

    private func resolve(_ link: MarkdownLink, on page: ParsedPage, in index: SiteIndex) -> (String, Diagnostic?) {
        let target = LinkTarget(link.destination)
        let location = page.location(of: link.position)
        switch target.kind {
        case .external:
            return (link.destination, nil)
        case .fragmentOnly:
            return (link.destination, checkAnchor(target.fragment, on: page, location: location))
        case .relative:
            break
        }
        guard !target.path.hasPrefix("/"), let path = page.source.resolving(target.path) else {
            return (link.destination, .error(.linkOutsideSite, at: location,
                                             "the link '\(link.destination)' points outside 'content/'"))
        }
        if path.pathExtension.lowercased() == "md" {
            guard let linked = index.pages[path] else {
                if index.unparsedPages.contains(path) { return (link.destination, nil) }
                if index.leftOutDrafts.contains(path) {
                    return (link.destination, .error(.linkToDraft, at: location,
                                                     "the link points to '\(path)', a draft left out of this build"))
                }
                let suggestion = NameSuggester(candidates: index.pages.keys.map(\.rawValue)).suggestion(for: path.rawValue)
                return (link.destination, .error(.brokenLink, at: location,
                                                 "the link points to '\(path)', which does not exist",
                                                 suggestion: suggestion.map { relativeSpelling(of: $0, from: page.source) }))
            }
            let diagnostic = checkAnchor(target.fragment, on: linked, location: location)
            return (linked.address.href(basePath: basePath, fragment: target.fragment), diagnostic)
        }
        guard index.contentFiles.contains(path) else {
            let what = link.kind == .image ? "the image" : "the link"
            return (link.destination, .error(link.kind == .image ? .missingImage : .brokenLink, at: location,
                                             "\(what) points to '\(path)', which does not exist"))
        }
        var href = basePath + URLEncoding.encodePath(path.rawValue)
        if let fragment = target.fragment { href += "#" + URLEncoding.encodeFragment(fragment) }
        return (href, nil)
    }

    private func checkAnchor(_ fragment: String?, on page: ParsedPage, location: SourceLocation) -> Diagnostic? {
        guard let fragment, !fragment.isEmpty, !page.anchors.contains(fragment) else { return nil }
        let suggestion = NameSuggester(candidates: page.headingIDs).suggestion(for: fragment)
        return .error(.brokenAnchor, at: location,
                      "'\(page.source)' has no heading or anchor '#\(fragment)'", suggestion: suggestion)
    }

    /// How the editor would write a link to `target` from `source`: `../tips/play.md`.
    private func relativeSpelling(of target: String, from source: SitePath) -> String {
        let from = source.directory.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }
}
