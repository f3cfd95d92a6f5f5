import HandbookMarkdown
import HandbookModel

/// Checks every link and image of a Markdown body and rewrites relative ones to their URLs in
/// the output: `../tips/play.md#peek-a-boo` → `/handbook/tips/play/#peek-a-boo`, and a link to a
/// glossary term's file → its entry on the glossary page. External links are checked for form.
public struct LinkResolver: Sendable {
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// Glossary terms the body links to by hand.
        public var linkedTerms: Set<String> = []
        /// Every http(s) link, for `check --external`.
        public var externalLinks: [ExternalLink] = []
        /// Relative destinations that could not be resolved.
        public var unresolved: Set<String> = []
        /// Pages the body links to (whose anchors it depends on).
        public var linkedPages: Set<SitePath> = []
        /// Links to pages whose anchors are not known yet, to be checked once they are.
        public var pendingAnchorChecks: [PendingAnchorCheck] = []
    }

    /// `/` or `/handbook/`.
    public var basePath: String

    public init(basePath: String) { self.basePath = basePath }

    /// Resolves the links of `source`, which is shown on `page` (its own anchors answer `#x`:
    /// it must be parsed). A link to a page of `index` that is not parsed yet leaves its
    /// fragment to check in `pendingAnchorChecks`.
    public func resolve(_ source: MarkdownSource, on page: ParsedPage, in index: SiteIndex) -> Outcome {
        var outcome = Outcome()
        let links = source.document.links
        var destinations: [String] = []
        destinations.reserveCapacity(links.count)
        for link in links {
            let location = source.location(of: link.position)
            if link.kind == .image, let problem = AltTextRule.check(link, at: location) { outcome.diagnostics.append(problem) }
            let target = LinkTarget(link.destination)
            switch target.kind {
            case .external:
                if let problem = ExternalURLRule.check(link, at: location) { outcome.diagnostics.append(problem) }
                if ExternalURLRule.isWeb(link.destination) {
                    outcome.externalLinks.append(ExternalLink(url: link.destination, location: location))
                }
                destinations.append(link.destination)
            case .fragmentOnly:
                if let problem = checkAnchor(target.fragment, on: page, location: location) { outcome.diagnostics.append(problem) }
                destinations.append(link.destination)
            case .relative:
                let resolved = source.path.resolving(target.path)
                let isPage = resolved.map(Self.isPage) ?? false
                let (destination, problem, term, pendingFragment) = resolveRelative(
                    link, target: target, resolved: resolved, isPage: isPage, from: source.path, in: index, location: location)
                if let path = resolved, isPage {
                    outcome.linkedPages.insert(path)
                }
                destinations.append(destination)
                if let problem {
                    outcome.diagnostics.append(problem)
                    outcome.unresolved.insert(link.destination)
                }
                if let term { outcome.linkedTerms.insert(term) }
                if let fragment = pendingFragment, let path = resolved {
                    outcome.pendingAnchorChecks.append(PendingAnchorCheck(target: path, fragment: fragment,
                                                                          destination: link.destination, location: location))
                }
            }
        }
        if !destinations.elementsEqual(links.lazy.map(\.destination)) { source.document.setLinkDestinations(destinations) }
        return outcome
    }

    /// Whether `path` names a Markdown file, a page.
    private static func isPage(_ path: SitePath) -> Bool {
        path.pathExtension.lowercased() == "md"
    }

    /// - Parameters:
    ///   - resolved: `target.path` resolved against `origin`.
    ///   - isPage: whether `resolved` names a page (`isPage`), worked out once by the caller.
    /// - Returns: the destination to write, the problem found, the glossary term linked, and the
    ///   fragment left to check on `resolved` when that page's anchors are not known yet.
    private func resolveRelative(_ link: MarkdownLink, target: LinkTarget, resolved: SitePath?, isPage: Bool, from origin: SitePath,
                                 in index: SiteIndex, location: SourceLocation) -> (String, Diagnostic?, String?, String?) {
        guard !target.path.hasPrefix("/"), let path = resolved else {
            return (link.destination, .error(.linkOutsideSite, at: location,
                                             "the link '\(link.destination)' points outside 'content/'"), nil, nil)
        }
        if isPage {
            if let slug = index.glossaryTermSlugs[path], let glossaryPage = index.glossaryPage {
                return (glossaryPage.address.href(basePath: basePath, fragment: slug), nil, slug, nil)
            }
            guard let linked = index.pages[path] else {
                if index.unparsedPages.contains(path) { return (link.destination, nil, nil, nil) }
                if index.leftOutDrafts.contains(path) {
                    return (link.destination, .error(.linkToDraft, at: location,
                                                     "the link points to '\(path)', a draft left out of this build"), nil, nil)
                }
                let suggestion = NameSuggester(candidates: index.pages.keys.map(\.rawValue)).suggestion(for: path.rawValue)
                return (link.destination, .error(.brokenLink, at: location,
                                                 "the link points to '\(path)', which does not exist",
                                                 suggestion: suggestion.map { Self.relativeSpelling(of: $0, from: origin) }), nil, nil)
            }
            let href = linked.address.href(basePath: basePath, fragment: target.fragment)
            guard let fragment = target.fragment, !fragment.isEmpty else { return (href, nil, nil, nil) }
            guard let outline = linked.outline else { return (href, nil, nil, fragment) }
            return (href, Self.anchorProblem(fragment, on: path, outline: outline, location: location), nil, nil)
        }
        guard index.contentFiles.contains(path) else {
            let what = link.kind == .image ? "the image" : "the link"
            return (link.destination, .error(link.kind == .image ? .missingImage : .brokenLink, at: location,
                                             "\(what) points to '\(path)', which does not exist"), nil, nil)
        }
        var href = basePath + URLEncoding.encodePath(path.rawValue)
        if let fragment = target.fragment { href += "#" + URLEncoding.encodeFragment(fragment) }
        return (href, nil, nil, nil)
    }

    private func checkAnchor(_ fragment: String?, on page: ParsedPage, location: SourceLocation) -> Diagnostic? {
        guard let fragment, !fragment.isEmpty else { return nil }
        guard let outline = page.outline else { preconditionFailure("'\(page.source)' is linked before it is parsed") }
        return Self.anchorProblem(fragment, on: page.source, outline: outline, location: location)
    }

    /// The broken anchor, if `fragment` is not among the anchors of `outline`, the outline of `page`.
    static func anchorProblem(_ fragment: String, on page: SitePath, outline: PageOutline,
                              location: SourceLocation) -> Diagnostic? {
        guard !outline.anchors.contains(fragment) else { return nil }
        let suggestion = NameSuggester(candidates: outline.headingIDs).suggestion(for: fragment)
        return .error(.brokenAnchor, at: location,
                      "'\(page)' has no heading or anchor '#\(fragment)'", suggestion: suggestion)
    }

    /// How the editor would write a link to `target` from `source`: `../tips/play.md`.
    static func relativeSpelling(of target: String, from source: SitePath) -> String {
        let from = source.directory.split(separator: "/")
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }
}
