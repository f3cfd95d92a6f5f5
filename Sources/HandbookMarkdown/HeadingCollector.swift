import CCmarkGFM

/// Describes a tree's headings in document order, with their positions in the source.
enum HeadingCollector {
    /// `nodes` are what `TreeCollector` found in the tree: its headings and their texts.
    static func collect(_ nodes: TreeCollector.Nodes, source: SourceText) -> [MarkdownHeading] {
        zip(nodes.headings, nodes.headingTexts).map { node, text in
            MarkdownHeading(level: node.headingLevel, text: text,
                            position: source.position(line: node.startLine, byteColumn: node.startColumn))
        }
    }
}
