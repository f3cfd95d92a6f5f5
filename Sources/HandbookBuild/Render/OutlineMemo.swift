import Foundation

/// The closed outline entries `OutlineRenderer` has rendered, found by the entry's `number` in
/// its `OutlineTree` and the `site` values the template also sees. A page's outline has a couple of
/// hundred closed entries: looking each one up in an array, rather than hashing its title, URL and
/// children, took most of the outline's cost away. Shared by the pages of a build, which are
/// rendered in parallel.
///
/// Each lookup takes the lock, which costs little when no other thread holds it; a copy of the
/// table per page would cost more, since nearly every page adds an entry (the page before it,
/// which was current when it was rendered).
final class OutlineMemo: @unchecked Sendable {
    /// An entry as it was rendered. The entry is kept so that a number is trusted only for an
    /// equal entry: another tree (or an entry made by hand) may number its entries alike. Comparing
    /// a tree's entry with itself is quick, since its strings and children share their storage.
    /// A class, so that a lookup copies one reference rather than the entry's strings.
    private final class Fragment {
        let item: OutlineItem
        let html: String

        init(item: OutlineItem, html: String) {
            self.item = item
            self.html = html
        }
    }

    private let lock = NSLock()
    /// By site number, then by entry number.
    private var tables: [[Fragment?]] = []
    /// A number for each set of `site` values seen, so that they are hashed once per page.
    private var siteNumbers: [SiteValues: Int] = [:]

    /// The number of these `site` values in this memo.
    func number(of site: SiteValues) -> Int {
        lock.withLock {
            if let number = siteNumbers[site] { return number }
            siteNumbers[site] = tables.count
            tables.append([])
            return tables.count - 1
        }
    }

    /// The entry's rendering with the `site` values numbered `site`, if it is known.
    func html(for item: OutlineItem, site: Int) -> String? {
        guard let number = item.number else { return nil }
        return lock.withLock {
            guard number < tables[site].count, let known = tables[site][number], known.item == item else { return nil }
            return known.html
        }
    }

    func remember(_ html: String, for item: OutlineItem, site: Int) {
        guard let number = item.number else { return }
        lock.withLock {
            if tables[site].count <= number {
                tables[site].append(contentsOf: repeatElement(nil, count: number + 1 - tables[site].count))
            }
            tables[site][number] = Fragment(item: item, html: html)
        }
    }
}
