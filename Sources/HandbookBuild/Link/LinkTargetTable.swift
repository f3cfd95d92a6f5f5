import Foundation
import HandbookModel

/// What a relative link may point at (the index's glossary terms, pages, unparsed pages,
/// left-out drafts and content files), found by the bytes of the link's resolved path rather
/// than by hashing a `SitePath`, with the URL to write for each made once. Pages are numbered:
/// a link remembers the page it points to by number (`PendingAnchorCheck`).
///
/// Paths compare as Strings do, by canonical equivalence, but an ASCII path equals only the
/// same bytes; a path beyond ASCII that equals an ASCII one (a Kelvin sign `K` for `K`) is
/// also kept under that ASCII spelling, so that a look-up of an ASCII path by its bytes finds
/// what a `SitePath` look-up would. A path that is found under two spellings is found as the
/// first of these it is: glossary term (when there is a glossary page), page, unparsed page,
/// left-out draft; content files are never Markdown, so never one of these.
final class LinkTargetTable: Sendable {
    enum Kind: Sendable {
        case page(Int)
        case glossaryTerm(slug: String)
        case unparsedPage
        case leftOutDraft
        case contentFile
    }

    struct Target: Sendable {
        /// The path under the spelling it was found by.
        let path: SitePath
        let kind: Kind
        /// The URL to write, without a fragment: the page's, the glossary entry's (with its
        /// fragment), the content file's; empty for the others.
        let href: String
    }

    /// The index's pages, by number.
    let pages: [ParsedPage]
    private let targets: [Target]
    private let keys: ByteKeyTable
    private let basePath: String

    init(index: SiteIndex, basePath: String) {
        self.basePath = basePath
        var targets: [Target] = []
        var keyBytes: [(key: [UInt8], value: Int)] = []
        /// Adds `path` under its bytes, and under the ASCII spelling it equals, if any.
        func add(_ path: SitePath, _ kind: Kind, href: (SitePath) -> String) {
            keyBytes.append((Array(path.rawValue.utf8), targets.count))
            targets.append(Target(path: path, kind: kind, href: href(path)))
            guard let ascii = Self.asciiSpelling(of: path) else { return }
            keyBytes.append((Array(ascii.rawValue.utf8), targets.count))
            targets.append(Target(path: ascii, kind: kind, href: href(ascii)))
        }
        // Each path is added once, as the first of the kinds it is (see above), so that no
        // two keys have the same bytes. Few paths are glossary terms, unparsed pages or
        // drafts: those are the ones looked up, not every page's.
        let glossaryTerms = index.glossaryPage == nil ? [:] : index.glossaryTermSlugs
        if let glossaryPage = index.glossaryPage {
            for (path, slug) in glossaryTerms where Self.isPage(path) {
                add(path, .glossaryTerm(slug: slug)) { _ in glossaryPage.address.href(basePath: basePath, fragment: slug) }
            }
        }
        let shadowedPages = Set(glossaryTerms.keys.compactMap { index.pages.index(forKey: $0).map { index.pages[$0].key } })
        let pages = Array(index.pages.values)
        for (number, page) in pages.enumerated()
        where Self.isPage(page.source) && (shadowedPages.isEmpty || !shadowedPages.contains(page.source)) {
            add(page.source, .page(number)) { _ in page.address.href(basePath: basePath) }
        }
        let isPageOrTerm = { (path: SitePath) in glossaryTerms[path] != nil || index.pages[path] != nil }
        for path in index.unparsedPages where Self.isPage(path) && !isPageOrTerm(path) {
            add(path, .unparsedPage) { _ in "" }
        }
        for path in index.leftOutDrafts where Self.isPage(path) && !isPageOrTerm(path) && !index.unparsedPages.contains(path) {
            add(path, .leftOutDraft) { _ in "" }
        }
        // A content file's URL is made from the path as the link spells it.
        for path in index.contentFiles where !Self.isPage(path) {
            add(path, .contentFile) { basePath + URLEncoding.encodePath($0.rawValue) }
        }
        self.pages = pages
        self.targets = targets
        self.keys = ByteKeyTable(keyBytes)
    }

    /// The target whose path is written with exactly these bytes.
    func target(for path: UnsafeBufferPointer<UInt8>) -> Target? {
        keys.value(for: path).map { targets[$0] }
    }

    /// The target `path` names, by String comparison: its bytes, or else, for a path beyond
    /// ASCII that may be spelled otherwise than the index spells it, as the index finds it.
    func target(for path: SitePath, in index: SiteIndex) -> Target? {
        var bytes = path.rawValue
        if let found = bytes.withUTF8({ target(for: $0) }) { return found }
        // An ASCII path equals only its own bytes (or a key's ASCII spelling, looked up above).
        guard !bytes.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard Self.isPage(path) else {
            return index.contentFiles.contains(path) ? Target(path: path, kind: .contentFile,
                                                              href: basePath + URLEncoding.encodePath(path.rawValue)) : nil
        }
        if let slug = index.glossaryTermSlugs[path], let glossaryPage = index.glossaryPage {
            return Target(path: path, kind: .glossaryTerm(slug: slug), href: glossaryPage.address.href(basePath: basePath, fragment: slug))
        }
        if let page = index.pages[path] { return Target(path: path, kind: .page(number(of: page)), href: page.address.href(basePath: basePath)) }
        if index.unparsedPages.contains(path) { return Target(path: path, kind: .unparsedPage, href: "") }
        if index.leftOutDrafts.contains(path) { return Target(path: path, kind: .leftOutDraft, href: "") }
        return nil
    }

    /// The number of `page`, one of the index's pages, found by its path's own bytes.
    private func number(of page: ParsedPage) -> Int {
        var path = page.source.rawValue
        guard let found = path.withUTF8({ target(for: $0) }), case .page(let number) = found.kind else {
            preconditionFailure("'\(page.source)' is not a page of the index")
        }
        return number
    }

    /// Whether `path` names a Markdown file, a page.
    static func isPage(_ path: SitePath) -> Bool {
        path.pathExtension.lowercased() == "md"
    }

    /// The ASCII path that equals `path`, a path beyond ASCII, as a String; nil when there is
    /// none, as for almost every path (only compatibility letters such as the Kelvin sign make
    /// a path beyond ASCII equal an ASCII one).
    private static func asciiSpelling(of path: SitePath) -> SitePath? {
        guard !path.rawValue.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let composed = path.rawValue.precomposedStringWithCanonicalMapping
        guard composed.utf8.allSatisfy({ $0 < 0x80 }), composed == path.rawValue else { return nil }
        return SitePath(composed)
    }
}
