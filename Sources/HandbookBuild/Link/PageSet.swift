import HandbookModel

/// The pages that use one glossary term or cite one source (`CrossReferences.mentions`,
/// `citedBy`), in no particular order.
///
/// Kept as a list rather than a `Set`: a page is added at most once (an outcome names each
/// term and source once, and an update takes a page's old uses away before it adds the new
/// ones), so adding one need not hash its path to find whether it is there. A full build adds
/// a page to a dozen of these, ten thousand times, and a `Set` spent most of that hashing
/// paths and growing (hashing them again). Whoever reads the pages puts them in order.
public struct PageSet: Sequence, ExpressibleByArrayLiteral, Sendable {
    private var pages: [SitePath]

    public init(arrayLiteral pages: SitePath...) {
        self.init(pages)
    }

    /// `pages`, none twice.
    public init(_ pages: [SitePath]) {
        assert(Set(pages).count == pages.count, "a page is in the set twice")
        self.pages = pages
    }

    public var count: Int { pages.count }
    public var isEmpty: Bool { pages.isEmpty }

    public func makeIterator() -> IndexingIterator<[SitePath]> { pages.makeIterator() }

    public func contains(_ page: SitePath) -> Bool { pages.contains(page) }

    /// Adds `page`, which must not be in the set.
    mutating func insert(_ page: SitePath) {
        assert(!pages.contains(page), "'\(page)' is added to a set it is in")
        pages.append(page)
    }

    /// Takes `removed` away, those of them that are in the set.
    mutating func remove(_ removed: Set<SitePath>) {
        pages.removeAll(where: removed.contains)
    }
}
