import Foundation

/// Fragments of HTML a template rendered for one value (an outline entry, a link), found by the
/// value's number (its place in the `OutlineTree`, in the `PageLinks` table) and the `site`
/// values the template also sees: the same value renders the same on every page. A fragment is
/// looked up in an array, rather than by hashing the value's strings: a page's sidebar has a
/// couple of hundred closed entries, the glossary's lists hundreds of thousands of links. Shared
/// by the pages of a build, which are rendered in parallel.
///
/// Each lookup takes the lock, which costs little when no other thread holds it; a copy of the
/// table per page would cost more, since nearly every page adds a fragment (the sidebar's entry of
/// the page before it, which was current when it was rendered).
final class FragmentMemo<Item: Equatable>: @unchecked Sendable {
    /// A value as it was rendered. The value is kept so that a number is trusted only for an
    /// equal value: another tree or table (a rebuild's, or one made by hand) may number its values
    /// alike. Comparing a value with itself is quick, since its strings share their storage.
    /// A class, so that a lookup copies one reference rather than the value's strings.
    private final class Fragment {
        let item: Item
        let html: String

        init(item: Item, html: String) {
            self.item = item
            self.html = html
        }
    }

    private let lock = NSLock()
    /// By site number, then by the value's number.
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

    /// The rendering of `item`, numbered `number`, with the `site` values numbered `site`, if it
    /// is known.
    func html(for item: Item, number: Int, site: Int) -> String? {
        lock.withLock { Self.known(item, number: number, in: tables[site]) }
    }

    /// The renderings of `items` (numbered `numbers`) that are known, nil for the others, found
    /// under one lock: the glossary's lists hold hundreds of thousands of links.
    func html(for items: [Item], numbers: [Int], site: Int) -> [String?] {
        lock.withLock {
            let table = tables[site]
            return zip(items, numbers).map { Self.known($0, number: $1, in: table) }
        }
    }

    func remember(_ html: String, for item: Item, number: Int, site: Int) {
        lock.withLock {
            if tables[site].count <= number {
                tables[site].append(contentsOf: repeatElement(nil, count: number + 1 - tables[site].count))
            }
            tables[site][number] = Fragment(item: item, html: html)
        }
    }

    /// Called with the lock held, with one site's table.
    private static func known(_ item: Item, number: Int, in table: [Fragment?]) -> String? {
        guard number < table.count, let known = table[number], known.item == item else { return nil }
        return known.html
    }
}
