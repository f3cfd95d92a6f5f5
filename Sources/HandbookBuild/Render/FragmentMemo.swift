import Foundation

/// Fragments of HTML a template rendered for one value (a link), remembered by
/// that value and by the `site` values the template also sees: the same value renders the same
/// on every page. Shared by the pages of a build, which are rendered in parallel.
final class FragmentMemo<Item: Hashable & Sendable>: @unchecked Sendable {
    struct Key: Hashable {
        var site: Int
        var item: Item
    }

    private let lock = NSLock()
    private var fragments: [Key: String] = [:]
    /// A number for each set of `site` values seen, so the keys need not hash them.
    private var siteNumbers: [SiteValues: Int] = [:]

    /// The number of these `site` values in this memo's keys.
    func number(of site: SiteValues) -> Int {
        lock.withLock {
            if let number = siteNumbers[site] { return number }
            siteNumbers[site] = siteNumbers.count
            return siteNumbers.count - 1
        }
    }

    func fragment(for key: Key) -> String? {
        lock.withLock { fragments[key] }
    }

    func remember(_ fragment: String, for key: Key) {
        lock.withLock { fragments[key] = fragment }
    }
}
