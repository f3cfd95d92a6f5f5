import CCmarkGFM

/// Describes a tree's links, images and autolinks in document order, with their positions in the
/// source.
enum LinkCollector {
    /// `nodes` are the tree's links and images in document order (see `TreeCollector`), and
    /// `enclosingIndices` the index of the link or image each sits inside.
    static func collect(_ nodes: [CmarkNode], enclosingIndices: [Int?], source: SourceText) -> [MarkdownLink] {
        var locator = LinkLocator(source: source)
        return nodes.indices.map { index in
            let node = nodes[index]
            let clue = clue(for: node, enclosingIndex: enclosingIndices[index])
            let (kind, position) = locator.locate(clue)
            let link = MarkdownLink(kind: kind, destination: clue.destination, text: clue.text, position: position,
                                    title: node.title ?? "")
            return link
        }
    }

    private static func clue(for node: CmarkNode, enclosingIndex: Int?) -> LinkClue {
        let firstTextLine = node.firstDescendant { $0.startLine > 0 }?.startLine
        return LinkClue(
            isImage: node.type == CMARK_NODE_IMAGE,
            text: node.plainText(includingImages: true, lineBreak: " "),
            destination: node.url ?? "",
            line: node.startLine,
            byteColumn: node.startColumn,
            otherLines: firstTextLine.map { [$0] } ?? [],
            enclosingIndex: enclosingIndex
        )
    }
}
