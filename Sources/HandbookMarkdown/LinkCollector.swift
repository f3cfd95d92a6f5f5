import CCmarkGFM

/// Lists a tree's links, images and autolinks in document order, with their nodes and their
/// positions in the source.
enum LinkCollector {
    static func collect(in root: CmarkNode, source: SourceText) -> [(node: CmarkNode, link: MarkdownLink)] {
        let nodes = root.descendants.filter { $0.type == CMARK_NODE_LINK || $0.type == CMARK_NODE_IMAGE }
        var locator = LinkLocator(source: source)
        return nodes.indices.map { index in
            let node = nodes[index]
            // An enclosing link comes before the links inside it, usually just before: it is
            // looked for backwards, for the few links that have one.
            let enclosingIndex = enclosingLink(of: node).flatMap { nodes[..<index].lastIndex(of: $0) }
            let clue = clue(for: node, enclosingIndex: enclosingIndex)
            let (kind, position) = locator.locate(clue)
            let link = MarkdownLink(kind: kind, destination: clue.destination, text: clue.text, position: position,
                                    title: node.title ?? "")
            return (node, link)
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

    private static func enclosingLink(of node: CmarkNode) -> CmarkNode? {
        node.ancestor(ofType: [CMARK_NODE_LINK, CMARK_NODE_IMAGE])
    }
}
