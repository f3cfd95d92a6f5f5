import HandbookModel

/// Reading order and nesting of the pages being built: the outline with left-out drafts removed.
public struct Navigation: Sendable {
    public struct Node: Sendable {
        public var title: String
        public var source: SitePath
        public var children: [Node]

        /// The nodes in this one's tree, itself included.
        var count: Int { children.reduce(1) { $0 + $1.count } }
    }

    /// The outline's top-level entries.
    public let roots: [Node]
    /// Every page in reading order.
    public let order: [SitePath]
    /// Each page's ancestors, from the top down.
    public let ancestors: [SitePath: [SitePath]]
    /// Each page's title as the outline gives it.
    public let titles: [SitePath: String]
    private let position: [SitePath: Int]

    init(roots: [Node]) {
        self.roots = roots
        var order: [SitePath] = []
        var ancestors: [SitePath: [SitePath]] = [:]
        var titles: [SitePath: String] = [:]
        var stack: [(node: Node, parents: [SitePath])] = roots.reversed().map { ($0, []) }
        let count = roots.reduce(0) { $0 + $1.count }
        order.reserveCapacity(count)
        ancestors.reserveCapacity(count)
        titles.reserveCapacity(count)
        while let (node, parents) = stack.popLast() {
            order.append(node.source)
            ancestors[node.source] = parents
            titles[node.source] = node.title
            stack.append(contentsOf: node.children.reversed().map { ($0, parents + [node.source]) })
        }
        self.order = order
        self.ancestors = ancestors
        self.titles = titles
        self.position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    }

    public func previous(of page: SitePath) -> SitePath? {
        guard let index = position[page], index > 0 else { return nil }
        return order[index - 1]
    }

    public func next(of page: SitePath) -> SitePath? {
        guard let index = position[page], index + 1 < order.count else { return nil }
        return order[index + 1]
    }
}

/// Builds the navigation from the outline, and checks that the outline and the pages agree.
public struct NavigationBuilder: Sendable {
    public init() {}

    public func build(outline: Outline, outlinePath: String, pages: [SitePath: ParsedPage],
                      leftOutDrafts: Set<SitePath>, unparsedPages: Set<SitePath> = []) -> (Navigation, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func convert(_ entries: [OutlineEntry]) -> [Navigation.Node] {
            entries.flatMap { entry -> [Navigation.Node] in
                let children = convert(entry.children)
                if pages[entry.target] != nil {
                    return [Navigation.Node(title: entry.title, source: entry.target, children: children)]
                }
                if !leftOutDrafts.contains(entry.target), !unparsedPages.contains(entry.target) {
                    diagnostics.append(.error(.outlineMissingTarget, at: entry.location,
                                              "the outline links to '\(entry.target)', which does not exist"))
                }
                return children
            }
        }
        let navigation = Navigation(roots: convert(outline.entries))
        let listed = Set(outline.flattened.map(\.target))
        // Sorted only when some page is missing: sorting every page's path took longer than the rest.
        for source in pages.keys.filter({ !listed.contains($0) }).sorted() {
            diagnostics.append(.error(.pageNotInOutline, at: SourceLocation(file: pages[source]!.displayPath, line: 1, column: 1),
                                      "the page is not in the outline: add it to '\(outlinePath)'"))
        }
        return (navigation, diagnostics)
    }
}
