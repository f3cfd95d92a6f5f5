import HandbookModel

/// The outline with every entry's closed form made once, when the build starts: a page's outline
/// differs from the closed one only along the branch that leads to the page.
///
/// A list longer than the window shows only `window` consecutive entries, around its open entry
/// (the first ones when none is open), with a link to the contents page at the end or ends it
/// cuts, so a page's outline has at most `window + 2` entries on each level, however many pages
/// the handbook has.
struct OutlineTree: Sendable {
    private struct Entry: Sendable {
        var source: SitePath
        var closed: OutlineItem
        var children: [Entry]
        /// The link standing for the left-out children, when they are more than the window.
        var more: OutlineItem?
    }

    private let roots: [Entry]
    /// The link standing for the left-out top-level entries.
    private let rootsMore: OutlineItem?
    private let window: Int
    /// Each entry's place among its siblings, so a page finds its branch without a search.
    private let siblingIndex: [SitePath: Int]

    /// - Parameters:
    ///   - showsEverything: whether closed entries show their children too (small outlines are
    ///     shown in full on every page, apart from what the window cuts).
    ///   - window: the most entries a list shows.
    ///   - more: the link standing for the list under `parent` (nil for the top level), asked
    ///     for lists longer than the window.
    init(navigation: Navigation, showsEverything: Bool, window: Int = .max, url: (SitePath) -> String,
         more: (_ parent: Navigation.Node?) -> OutlineItem? = { _ in nil }) {
        var count = 0
        var siblingIndex: [SitePath: Int] = [:]
        func entries(_ nodes: [Navigation.Node]) -> [Entry] {
            nodes.enumerated().map { index, node in
                let number = count
                count += 1
                siblingIndex[node.source] = index
                let children = entries(node.children)
                let childrenMore = children.count > window ? more(node) : nil
                let shown = !showsEverything ? [] : Self.shown(count: children.count, window: window, around: nil,
                                                               more: childrenMore) { children[$0].closed }
                let closed = OutlineItem(title: node.title, url: url(node.source), isCurrent: false, isOpen: false,
                                         children: shown, number: number)
                return Entry(source: node.source, closed: closed, children: children, more: childrenMore)
            }
        }
        roots = entries(navigation.roots)
        rootsMore = roots.count > window ? more(nil) : nil
        self.window = window
        self.siblingIndex = siblingIndex
    }

    /// The outline of the page `current` (nil for a page outside the outline), whose `ancestors`
    /// (from the top down) are opened, their children shown.
    func items(current: SitePath?, ancestors: [SitePath]) -> [OutlineItem] {
        let branch = current.map { ancestors + [$0] } ?? []
        func items(_ entries: [Entry], more: OutlineItem?, level: Int) -> [OutlineItem] {
            var openIndex: Int?
            if level < branch.count, let index = siblingIndex[branch[level]], index < entries.count,
               entries[index].source == branch[level] {
                openIndex = index
            }
            // Only the kept entries are copied: a list may have thousands.
            return Self.shown(count: entries.count, window: window, around: openIndex, more: more) { index in
                guard index == openIndex else { return entries[index].closed }
                var open = entries[index].closed
                open.isOpen = true
                open.isCurrent = entries[index].source == current
                open.children = items(entries[index].children, more: entries[index].more, level: level + 1)
                return open
            }
        }
        return items(roots, more: rootsMore, level: 0)
    }

    /// The entries of a list of `count` that the window keeps (`item` makes each), with the
    /// `more` link at each end where it cut any.
    private static func shown(count: Int, window: Int, around index: Int?, more: OutlineItem?,
                              item: (Int) -> OutlineItem) -> [OutlineItem] {
        let kept = Self.window(count: count, size: window, around: index)
        var shown: [OutlineItem] = []
        shown.reserveCapacity(kept.count + 2)
        if kept.lowerBound > 0, let more { shown.append(more) }
        for index in kept { shown.append(item(index)) }
        if kept.upperBound < count, let more { shown.append(more) }
        return shown
    }

    /// The `size` consecutive places of a list of `count` that a sidebar shows: those with
    /// `index` nearest their middle (the first or last `size` when it is near the start or the
    /// end), the first `size` when `index` is nil, all of them when there are `size` or fewer.
    static func window(count: Int, size: Int, around index: Int?) -> Range<Int> {
        guard count > size else { return 0..<count }
        let start = min(max((index ?? 0) - size / 2, 0), count - size)
        return start..<start + size
    }
}
