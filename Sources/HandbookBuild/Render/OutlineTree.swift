import HandbookModel

/// The outline with every entry's closed form made once, when the build starts: a page's outline
/// differs from the closed one only along the branch that leads to the page.
///
/// A list longer than the window shows only `window` consecutive entries, around its open entry
/// (the first ones when none is open), with a link to the contents page at the end or ends it
/// cuts, so a page's outline has at most `window + 2` entries on each level, however many pages
/// the handbook has.
///
/// The tree's lists are numbered (the top level is 0) and each keeps its entries' closed forms
/// side by side, so that `OutlineRenderer` can render a list's closed entries once for all pages
/// and give a page's sidebar in a few runs of them (see `ShownList`). A class: the renderer
/// passes the tree around and keeps the one whose lists it rendered.
final class OutlineTree: Sendable {
    fileprivate struct Entry: Sendable {
        var source: SitePath
        /// The number of the list of this entry's children.
        var children: Int
    }

    /// Each list's entries, by the list's number.
    private let lists: [[Entry]]
    /// Each list's entries in their closed form, by the list's number.
    let closedLists: [[OutlineItem]]
    /// The link standing for the left-out entries of each list longer than the window.
    let mores: [OutlineItem?]
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
        var lists: [[Entry]] = [[]]
        var closedLists: [[OutlineItem]] = [[]]
        var mores: [OutlineItem?] = [navigation.roots.count > window ? more(nil) : nil]
        func add(_ nodes: [Navigation.Node], to list: Int) {
            for (index, node) in nodes.enumerated() {
                let number = count
                count += 1
                siblingIndex[node.source] = index
                let children = lists.count
                lists.append([])
                closedLists.append([])
                mores.append(node.children.count > window ? more(node) : nil)
                add(node.children, to: children)
                let kept = Self.window(count: node.children.count, size: window, around: nil)
                let shown = !showsEverything ? [] : Self.shown(kept, of: node.children.count, more: mores[children]) {
                    closedLists[children][$0]
                }
                closedLists[list].append(OutlineItem(title: node.title, url: url(node.source), isCurrent: false,
                                                     isOpen: false, children: shown, number: number))
                lists[list].append(Entry(source: node.source, children: children))
            }
        }
        add(navigation.roots, to: 0)
        self.lists = lists
        self.closedLists = closedLists
        self.mores = mores
        self.window = window
        self.siblingIndex = siblingIndex
    }

    /// The outline of the page `current` (nil for a page outside the outline), whose `ancestors`
    /// (from the top down) are opened, their children shown.
    func items(current: SitePath?, ancestors: [SitePath]) -> [OutlineItem] {
        let page = Page(current: current, ancestors: ancestors)
        return items(topList(for: page), page: page)
    }

    /// The entries of `shown`: its closed entries, the open one with its own shown list as its
    /// children, and the links to the contents page where the window cuts it.
    func items(_ shown: ShownList, page: Page) -> [OutlineItem] {
        // Only the kept entries are copied: a list may have thousands.
        Self.shown(shown.kept, of: shown.count, more: mores[shown.list]) { index in
            guard index == shown.open else { return closedLists[shown.list][index] }
            return openItem(shown, page: page, children: items(childList(of: shown, page: page)!, page: page))
        }
    }

    /// The open entry of `shown`, with `children` for its children.
    func openItem(_ shown: ShownList, page: Page, children: [OutlineItem]) -> OutlineItem {
        var open = closedLists[shown.list][shown.open!]
        open.isOpen = true
        open.isCurrent = lists[shown.list][shown.open!].source == page.current
        open.children = children
        return open
    }

    /// The entries `kept` of a list of `count` (`item` makes each), with the `more` link at each
    /// end where the window cut any.
    private static func shown(_ kept: Range<Int>, of count: Int, more: OutlineItem?, item: (Int) -> OutlineItem) -> [OutlineItem] {
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

extension OutlineTree {
    /// The page whose outline is shown: `current` (nil for a page outside the outline), with its
    /// `ancestors` from the top down.
    struct Page: Sendable {
        fileprivate let branch: [SitePath]
        fileprivate let current: SitePath?

        init(current: SitePath?, ancestors: [SitePath]) {
            self.branch = current.map { ancestors + [$0] } ?? []
            self.current = current
        }
    }

    /// One list of the tree as a page shows it: the entries `kept` by the window, the one of them
    /// that is open (on the page's branch, when the window keeps it), and the links to the
    /// contents page (`mores[list]`) at the ends the window cuts.
    struct ShownList {
        /// The tree's number of the list (see `closedLists`).
        let list: Int
        let count: Int
        let kept: Range<Int>
        let open: Int?
        fileprivate let level: Int

        var cutsStart: Bool { kept.lowerBound > 0 }
        var cutsEnd: Bool { kept.upperBound < count }
    }

    /// The top level as `page` shows it.
    func topList(for page: Page) -> ShownList {
        shownList(0, level: 0, page: page)
    }

    /// The children of the open entry of `shown` as the page shows them; nil when none is open.
    func childList(of shown: ShownList, page: Page) -> ShownList? {
        guard let open = shown.open else { return nil }
        return shownList(lists[shown.list][open].children, level: shown.level + 1, page: page)
    }

    private func shownList(_ list: Int, level: Int, page: Page) -> ShownList {
        let entries = lists[list]
        var open: Int?
        if level < page.branch.count, let index = siblingIndex[page.branch[level]], index < entries.count,
           entries[index].source == page.branch[level] {
            open = index
        }
        let kept = Self.window(count: entries.count, size: window, around: open)
        // An open entry is one the window keeps (it always does, unless the window is empty).
        return ShownList(list: list, count: entries.count, kept: kept, open: open.flatMap { kept.contains($0) ? $0 : nil },
                         level: level)
    }
}
