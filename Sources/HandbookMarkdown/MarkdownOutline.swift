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
        let source = SourceText(text)
        (headings, footnoteIDs) = MarkdownParser.withTree(of: text) { tree, graveyard in
            CalloutRewriter.rewrite(tree, graveyard: graveyard)
            let nodes = TreeCollector.collect(in: tree, graveyard: graveyard)
            return (HeadingCollector.collect(nodes, source: source),
                    FootnoteIDCollector.ids(definitions: nodes.footnoteDefinitions,
                                            references: nodes.footnoteReferences, source: source))
        }
    }
}
