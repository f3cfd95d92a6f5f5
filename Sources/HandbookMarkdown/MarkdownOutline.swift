import CCmarkGFM

/// What an index of pages needs of a Markdown body: its headings and the ids its footnotes will
/// render. Parsed and collected as `MarkdownDocument` does, so they are that document's, but
/// without locating its links, and without keeping the tree: for a page whose outline is
/// wanted before (or without) linking it, such as one edited while `serve` runs.
public struct MarkdownOutline: Sendable {
    /// Every heading, all levels, in document order (as `MarkdownDocument.headings`).
    public let headings: [MarkdownHeading]
    /// As `MarkdownDocument.footnoteIDs`.
    public let footnoteIDs: Set<String>

    public init(parsing text: String) {
        let (root, parser) = MarkdownParser.parse(text)
        let graveyard = CmarkNode.graveyard()
        defer {
            cmark_node_free(root)
            cmark_node_free(graveyard.pointer)
            cmark_parser_free(parser)
        }
        let tree = CmarkNode(root)
        CalloutRewriter.rewrite(tree, graveyard: graveyard)
        let source = SourceText(text)
        let nodes = TreeCollector.collect(in: tree, graveyard: graveyard)
        headings = HeadingCollector.collect(nodes, source: source)
        footnoteIDs = FootnoteIDCollector.ids(definitions: nodes.footnoteDefinitions,
                                              references: nodes.footnoteReferences, source: source)
    }
}
