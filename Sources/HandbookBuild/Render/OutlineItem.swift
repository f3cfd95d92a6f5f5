import HandbookModel
import Mustache

/// One entry of the outline as templates read it (`title`, `url`, `isCurrent`, `isOpen`,
/// `hasChildren`, `children`). A value rather than a dictionary: a page's outline reuses the
/// entries that are the same on every page, and `OutlineRenderer` remembers rendered entries by
/// value. Templates read it through `MustacheParent`, as they read a dictionary.
struct OutlineItem: Hashable, Sendable, MustacheParent {
    var title: String
    var url: String
    var isCurrent: Bool
    var isOpen: Bool
    /// The entries shown under this one: none when the outline is collapsed here.
    var children: [OutlineItem]
    /// The entry's place in its `OutlineTree` (nil for an entry made otherwise), by which
    /// `OutlineRenderer` finds the entry's rendering without hashing the entry.
    var number: Int? = nil

    var hasChildren: Bool { !children.isEmpty }

    /// An entry that is neither open nor the current page looks the same on every page.
    var isClosed: Bool { !isOpen && !isCurrent }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "isCurrent": isCurrent
        case "isOpen": isOpen
        case "hasChildren": hasChildren
        case "children": children
        default: nil
        }
    }
}

/// The outline with every entry's closed form made once, when the build starts: a page's outline
/// differs from the closed one only along the branch that leads to the page.
struct OutlineTree: Sendable {
    private struct Entry: Sendable {
        var source: SitePath
        var closed: OutlineItem
        var children: [Entry]
    }

    private let roots: [Entry]

    /// - Parameter showsEverything: whether closed entries show their children too (small
    ///   outlines are shown in full on every page).
    init(navigation: Navigation, showsEverything: Bool, url: (SitePath) -> String) {
        var count = 0
        func entries(_ nodes: [Navigation.Node]) -> [Entry] {
            nodes.map { node in
                let number = count
                count += 1
                let children = entries(node.children)
                let closed = OutlineItem(title: node.title, url: url(node.source), isCurrent: false, isOpen: false,
                                         children: showsEverything ? children.map(\.closed) : [], number: number)
                return Entry(source: node.source, closed: closed, children: children)
            }
        }
        roots = entries(navigation.roots)
    }

    /// The outline with the entries in `open` opened (their children shown) and `current` marked.
    func items(open: Set<SitePath>, current: SitePath?) -> [OutlineItem] {
        func items(_ entries: [Entry]) -> [OutlineItem] {
            entries.map { entry in
                guard open.contains(entry.source) else { return entry.closed }
                var item = entry.closed
                item.isOpen = true
                item.isCurrent = entry.source == current
                item.children = items(entry.children)
                return item
            }
        }
        return open.isEmpty ? roots.map(\.closed) : items(roots)
    }
}
