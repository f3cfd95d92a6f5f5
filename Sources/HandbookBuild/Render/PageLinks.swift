import HandbookModel

/// Title and URL of pages, for lists of links in templates.
struct PageLinks {
    let pages: [SitePath: ParsedPage]
    let basePath: String
    /// Each page's place in reading order.
    let order: [SitePath: Int]

    /// Every page's link, made once for the many lists of a page (the glossary's lists hold
    /// hundreds of thousands of links to a few thousand pages).
    func table() -> Table {
        // Each page's place is looked up once, not in each of the sort's comparisons.
        let sorted = pages.keys.map { (order[$0] ?? .max, $0) }.sorted { $0 < $1 }.map(\.1)
        let rank = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
        let links = sorted.map { source in
            let page = pages[source]!
            return PageLink(title: page.frontMatter.title, url: page.address.href(basePath: basePath))
        }
        return Table(rank: rank, links: links)
    }

    struct Table {
        /// Each page's place among `links`: reading order, pages outside it last, by path.
        let rank: [SitePath: Int]
        let links: [PageLink]

        /// Links to the first `limit` of the given pages in reading order, and how many are left
        /// out; `isLast` marks the last link, for separators.
        /// Each link's number is its page's place here, the same in every list.
        func links(to sources: some Sequence<SitePath>, limit: Int = .max) -> (links: [PageLink], numbers: [Int], leftOut: Int) {
            let all = sources.compactMap { rank[$0] }.sorted()
            let ranks = Array(all.prefix(limit))
            let list = ranks.enumerated().map { index, rank in
                var link = links[rank]
                link.isLast = index == ranks.count - 1
                return link
            }
            return (list, ranks, all.count - ranks.count)
        }
    }
}
