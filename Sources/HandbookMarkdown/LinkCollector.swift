import CCmarkGFM

/// Describes a tree's links, images and autolinks in document order, with their positions in the
/// source.
enum LinkCollector {
    /// `nodes` are what `TreeCollector` found in the tree: its links and images in document
    /// order, with their texts, first lines and enclosing links.
    static func collect(_ nodes: TreeCollector.Nodes, source: SourceText) -> [MarkdownLink] {
        var locator = LinkLocator(source: source)
        return nodes.links.indices.map { index in
            let node = nodes.links[index]
            let clue = LinkClue(
                isImage: node.type == CMARK_NODE_IMAGE,
                text: nodes.linkTexts[index],
                destination: node.url ?? "",
                line: node.startLine,
                byteColumn: node.startColumn,
                textLine: nodes.linkFirstLines[index],
                enclosingIndex: nodes.enclosingLinks[index]
            )
            let (kind, position) = locator.locate(clue)
            return MarkdownLink(kind: kind, destination: clue.destination, text: clue.text, position: position,
                                title: node.title ?? "")
        }
    }
}
