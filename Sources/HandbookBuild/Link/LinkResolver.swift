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
        /// Pages the body links to (whose anchors it depends on), in the order of the links,
        /// a page as often as it is linked.
        public var linkedPages: [SitePath] = []
        /// Links to pages whose anchors are not known yet, to be checked once they are.
        public var pendingAnchorChecks: [PendingAnchorCheck] = []
    }

    /// `/` or `/handbook/`.
    public var basePath: String
    /// What relative links may point at: the index's, made once for every page linked with it.
    let targets: LinkTargetTable

    init(basePath: String, targets: LinkTargetTable) {
        self.basePath = basePath
        self.targets = targets
    }

    /// Resolves the links of `source`, which is shown on `page` (its own anchors answer `#x`:
    /// it must be parsed). A link to a page of `index` (the index `targets` were made from) that
    /// is not parsed yet leaves its fragment to check in `pendingAnchorChecks`.
    public func resolve(_ source: MarkdownSource, on page: ParsedPage, in index: SiteIndex) -> Outcome {
        var outcome = Outcome()
        let links = source.document.links
        var destinations: [String] = []
        destinations.reserveCapacity(links.count)
        // Links resolve against the body's folder, on bytes when they can.
        let folder = ASCIIFolder(of: source.path)
        var resolvedBytes: [UInt8] = []
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
                let resolved: Resolved
                if let folder, let path = target.asciiPath {
                    resolved = resolveASCII(path, against: folder, into: &resolvedBytes)
                } else {
                    resolved = resolveByString(target, from: source.path, in: index)
                }
                let resolution = resolution(of: link, target: target, resolved: resolved, from: source.path, in: index,
                                            location: location)
                if let path = resolution.linkedPage { outcome.linkedPages.append(path) }
                destinations.append(resolution.destination)
                if let problem = resolution.problem {
                    outcome.diagnostics.append(problem)
                    outcome.unresolved.insert(link.destination)
                }
                if let term = resolution.term { outcome.linkedTerms.insert(term) }
                if let pending = resolution.pending { outcome.pendingAnchorChecks.append(pending) }
            }
        }
        if !destinations.elementsEqual(links.lazy.map(\.destination)) { source.document.setLinkDestinations(destinations) }
        return outcome
    }

    /// A relative link's path, resolved against its page's folder.
    private enum Resolved {
        /// It climbs above `content/`, or starts with `/`; `linkedPage` is the page it names
        /// all the same, when it names one.
        case outside(linkedPage: SitePath?)
        /// The path (as the target found spells it), whether it names a page, and what it
        /// names, if anything.
        case inside(path: SitePath, isPage: Bool, target: LinkTargetTable.Target?)
    }

    /// `path`, ASCII and relative, resolved on its bytes into `buffer`, and looked up.
    private func resolveASCII(_ path: Substring.UTF8View, against folder: ASCIIFolder, into buffer: inout [UInt8]) -> Resolved {
        let isInside = path.withContiguousStorageIfAvailable { folder.resolve($0, into: &buffer) }
            ?? Array(path).withUnsafeBufferPointer { folder.resolve($0, into: &buffer) }
        guard isInside else { return .outside(linkedPage: nil) }
        let (isPage, target) = buffer.withUnsafeBufferPointer { (ASCIIFolder.isPage($0), targets.target(for: $0)) }
        // A path that names nothing is made a String for the message that says so.
        return .inside(path: target?.path ?? SitePath(String(decoding: buffer, as: UTF8.self)), isPage: isPage, target: target)
    }

    /// `target`'s path resolved as a String (`SitePath.resolving`), and looked up.
    private func resolveByString(_ target: LinkTarget, from origin: SitePath, in index: SiteIndex) -> Resolved {
        let relative = target.path
        guard let path = origin.resolving(relative) else { return .outside(linkedPage: nil) }
        let isPage = LinkTargetTable.isPage(path)
        guard !relative.hasPrefix("/") else { return .outside(linkedPage: isPage ? path : nil) }
        return .inside(path: path, isPage: isPage, target: targets.target(for: path, in: index))
    }

    /// What to make of a relative link, once resolved.
    private struct Resolution {
        /// The destination to write.
        var destination: String
        /// The glossary term linked.
        var term: String?
        /// The page (or glossary term, missing page…) the link names, whose anchors it may depend on.
        var linkedPage: SitePath?
        /// The fragment left to check on the linked page, when its anchors are not known yet.
        var pending: PendingAnchorCheck?
        var problem: Diagnostic?
    }

    private func resolution(of link: MarkdownLink, target: LinkTarget, resolved: Resolved, from origin: SitePath,
                            in index: SiteIndex, location: SourceLocation) -> Resolution {
        let (path, isPage, found): (SitePath, Bool, LinkTargetTable.Target?)
        switch resolved {
        case .outside(let linkedPage):
            return Resolution(destination: link.destination, linkedPage: linkedPage,
                              problem: .error(.linkOutsideSite, at: location, "the link '\(link.destination)' points outside 'content/'"))
        case .inside(let insidePath, let insideIsPage, let insideTarget):
            (path, isPage, found) = (insidePath, insideIsPage, insideTarget)
        }
        if isPage {
            let linkedPage = path
            switch found?.kind {
            case .glossaryTerm(let slug)?:
                return Resolution(destination: found!.href, term: slug, linkedPage: linkedPage)
            case .page(let number)?:
                guard let fragment = target.fragment, !fragment.isEmpty else {
                    return Resolution(destination: found!.href, linkedPage: linkedPage)
                }
                let href = found!.href + "#" + URLEncoding.encodeFragment(fragment)
                guard let outline = targets.pages[number].outline else {
                    return Resolution(destination: href, linkedPage: linkedPage,
                                      pending: PendingAnchorCheck(page: number, target: linkedPage, fragment: fragment,
                                                                  destination: link.destination, location: location))
                }
                return Resolution(destination: href, linkedPage: linkedPage,
                                  problem: Self.anchorProblem(fragment, on: linkedPage, outline: outline, location: location))
            case .unparsedPage?:
                return Resolution(destination: link.destination, linkedPage: linkedPage)
            case .leftOutDraft?:
                return Resolution(destination: link.destination, linkedPage: linkedPage,
                                  problem: .error(.linkToDraft, at: location, "the link points to '\(linkedPage)', a draft left out of this build"))
            case .contentFile?, nil:
                let suggestion = NameSuggester(candidates: index.pages.keys.map(\.rawValue)).suggestion(for: linkedPage.rawValue)
                return Resolution(destination: link.destination, linkedPage: linkedPage,
                                  problem: .error(.brokenLink, at: location, "the link points to '\(linkedPage)', which does not exist",
                                                  suggestion: suggestion.map { Self.relativeSpelling(of: $0, from: origin) }))
            }
        }
        guard let found, case .contentFile = found.kind else {
            let what = link.kind == .image ? "the image" : "the link"
            return Resolution(destination: link.destination,
                              problem: .error(link.kind == .image ? .missingImage : .brokenLink, at: location,
                                              "\(what) points to '\(path)', which does not exist"))
        }
        guard let fragment = target.fragment else { return Resolution(destination: found.href) }
        return Resolution(destination: found.href + "#" + URLEncoding.encodeFragment(fragment))
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
