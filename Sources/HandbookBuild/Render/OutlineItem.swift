import HandbookModel
import Mustache

/// One entry of the outline as templates read it (`title`, `url`, `isCurrent`, `isOpen`,
/// `hasChildren`, `children`, `isMore`). A value rather than a dictionary: a page's outline reuses
/// the entries that are the same on every page, and `OutlineRenderer` remembers rendered entries
/// by value. Templates read it through `MustacheParent`, as they read a dictionary.
struct OutlineItem: Hashable, Sendable, TemplateValueParent {
    var title: String
    var url: String
    var isCurrent: Bool
    var isOpen: Bool
    /// The entries shown under this one: none when the outline is collapsed here.
    var children: [OutlineItem]
    /// The entry's place in its `OutlineTree` (nil for an entry made otherwise), by which
    /// `OutlineRenderer` finds the entry's rendering without hashing the entry.
    var number: Int? = nil
    /// Not a page but a link to the contents page, standing for the entries of a long list that
    /// the sidebar leaves out (see `OutlineTree`).
    var isMore = false

    var hasChildren: Bool { !children.isEmpty }

    /// An entry that is neither open nor the current page looks the same on every page.
    var isClosed: Bool { !isOpen && !isCurrent }

    /// The link to the contents page that stands for the left-out entries of a list.
    static func more(title: String, url: String) -> OutlineItem {
        OutlineItem(title: title, url: url, isCurrent: false, isOpen: false, children: [], isMore: true)
    }

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "url": .text(url)
        case "isCurrent": .flag(isCurrent)
        case "isOpen": .flag(isOpen)
        case "hasChildren": .flag(hasChildren)
        case "children": .list(children)
        case "isMore": .flag(isMore)
        default: nil
        }
    }
}
