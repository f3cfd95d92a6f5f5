import CCmarkGFM

/// What an index of pages needs of a Markdown body: its headings and the ids its footnotes will
/// render. Parsed as `MarkdownDocument` parses, so they are that document's, but without
/// collecting its links and texts, and without keeping the tree: for a page whose outline is
/// wanted before (or without) linking it, such as one edited while `serve` runs.
public struct MarkdownOutline: Sendable {
    /// Every heading, all levels, in document order (as `MarkdownDocument.headings`).
    public let headings: [MarkdownHeading]
    /// As `MarkdownDocument.footnoteIDs`.
    public let footnoteIDs: Set<String>

    public init(parsing text: String) {
        let (root, parser) = MarkdownParser.parse(text)
        defer {
            cmark_node_free(root)
            cmark_parser_free(parser)
        }
        let tree = CmarkNode(root)
        CalloutRewriter.rewrite(tree)
        let source = SourceText(text)
        headings = HeadingCollector.collect(in: tree, source: source).map(\.heading)
        footnoteIDs = FootnoteIDCollector.ids(in: tree, source: source)
    }
}
