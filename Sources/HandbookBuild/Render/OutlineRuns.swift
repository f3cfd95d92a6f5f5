import Foundation

/// Every closed entry of a list of an `OutlineTree`, rendered one after the other, so that a run
/// of them, which a page's sidebar shows as they are, is one append; and the list's link to the
/// contents page, when it has one.
struct RenderedList: Sendable {
    let html: String
    /// Where each entry's rendering starts, and after the last, where the last ends.
    private let starts: [String.Index]
    let moreHTML: String

    /// - Parameter renderings: each entry's rendering, in order.
    init(_ renderings: [String], moreHTML: String) {
        self.moreHTML = moreHTML
        var html = ""
        html.reserveCapacity(renderings.reduce(0) { $0 + $1.utf8.count })
        var offsets = [0]
        for rendering in renderings {
            html += rendering
            offsets.append(html.utf8.count)
        }
        self.html = html
        // Indexes of a native UTF-8 string at a byte offset, made once: a run is then a slice.
        self.starts = offsets.map { html.utf8.index(html.utf8.startIndex, offsetBy: $0) }
    }

    /// The renderings of the entries `range`.
    func run(_ range: Range<Int>) -> Substring {
        html[starts[range.lowerBound]..<starts[range.upperBound]]
    }
}

/// The `RenderedList`s of one `OutlineTree` (the last one asked for), by the `site` values' number
/// (see `FragmentMemo`) and the list's number. Shared by the pages of a build, rendered in parallel.
final class OutlineRuns: @unchecked Sendable {
    private let lock = NSLock()
    /// Held, so that another tree is never taken for it.
    private var tree: OutlineTree?
    private var tables: [[RenderedList?]] = []

    /// The rendered list, made by `render` when it is not known. Rendered without the lock
    /// held (it renders templates, which may render other lists): two threads may both render
    /// it, to the same bytes.
    func list(_ list: Int, of tree: OutlineTree, site: Int, render: () -> RenderedList) -> RenderedList {
        if let known = known(list, of: tree, site: site) { return known }
        let rendered = render()
        lock.withLock {
            if self.tree !== tree {
                self.tree = tree
                tables = []
            }
            while tables.count <= site { tables.append([]) }
            if tables[site].count <= list {
                tables[site].append(contentsOf: repeatElement(nil, count: list + 1 - tables[site].count))
            }
            tables[site][list] = rendered
        }
        return rendered
    }

    private func known(_ list: Int, of tree: OutlineTree, site: Int) -> RenderedList? {
        lock.withLock {
            guard self.tree === tree, site < tables.count, list < tables[site].count else { return nil }
            return tables[site][list]
        }
    }
}
