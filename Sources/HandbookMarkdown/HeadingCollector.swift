import CCmarkGFM

/// Lists a tree's headings in document order, with their nodes.
enum HeadingCollector {
    static func collect(in root: CmarkNode, source: SourceText) -> [(node: CmarkNode, heading: MarkdownHeading)] {
        root.blocks.filter { $0.type == CMARK_NODE_HEADING }.map { node in
            let heading = MarkdownHeading(
                level: node.headingLevel,
                text: node.plainText(includingImages: false, lineBreak: "\n"),
                position: source.position(line: node.startLine, byteColumn: node.startColumn)
            )
            return (node, heading)
        }
    }
}
