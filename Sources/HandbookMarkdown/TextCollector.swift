import CCmarkGFM

/// Merges adjacent text nodes and lists them with their context, in document order.
enum TextCollector {
    /// The text nodes that remain after merging, and their texts, in the same order.
    static func collect(in root: CmarkNode) -> (nodes: [CmarkNode], texts: [MarkdownText]) {
        var nodes: [CmarkNode] = []
        var texts: [MarkdownText] = []
        // The tree is walked by hand, node to node, rather than listed first or walked with a
        // cmark iterator: merging frees the text nodes that follow, which neither may then visit.
        var next = root.firstChild
        while let node = next {
            if node.type == CMARK_NODE_TEXT {
                nodes.append(node)
                texts.append(MarkdownText(text: mergeFollowingTexts(into: node), context: context(of: node), line: node.startLine))
            }
            next = node.firstChild ?? node.following(within: root)
        }
        return (nodes, texts)
    }

    /// Moves the text of the text nodes just after `node` into it, and frees them; returns the
    /// merged text.
    private static func mergeFollowingTexts(into node: CmarkNode) -> String {
        var literal = node.literal ?? ""
        var merged = false
        while let next = node.next, next.type == CMARK_NODE_TEXT {
            literal += next.literal ?? ""
            next.removeAndFree()
            merged = true
        }
        if merged { node.setLiteral(literal) }
        return literal
    }

    private static func context(of node: CmarkNode) -> MarkdownText.Context {
        var current = node.parent
        while let ancestor = current {
            switch ancestor.type {
            case CMARK_NODE_IMAGE: return .image
            case CMARK_NODE_LINK: return .link
            case CMARK_NODE_HEADING: return .heading
            default:
                if ancestor.isTableCell { return .tableCell }
                current = ancestor.parent
            }
        }
        return .running
    }
}
