/// A page's outline (`outline`): its entries as they are, or the page's place in the site's
/// `OutlineTree`, whose entries are made only when a template reads `outline`, and from which
/// `outlineHTML` is rendered in runs of entries rendered once for all pages (see `OutlineRenderer`).
enum PageOutlineItems: Sendable {
    case items([OutlineItem])
    case tree(OutlineTree, OutlineTree.Page)

    var items: [OutlineItem] {
        switch self {
        case .items(let items): items
        case .tree(let tree, let page): tree.items(tree.topList(for: page), page: page)
        }
    }
}
