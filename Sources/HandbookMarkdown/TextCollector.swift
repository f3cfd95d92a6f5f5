import CCmarkGFM

/// Merges adjacent text nodes and lists them with their context, in document order.
enum TextCollector {
    static func collect(in root: CmarkNode) -> [(node: CmarkNode, text: MarkdownText)] {
        var result: [(CmarkNode, MarkdownText)] = []
        for node in root.descendants where node.type == CMARK_NODE_TEXT {
            // A text node that follows another was merged into it below.
            if let previous = node.previous, previous.type == CMARK_NODE_TEXT { continue }
            var literal = node.literal ?? ""
            var merged = false
            while let next = node.next, next.type == CMARK_NODE_TEXT {
                literal += next.literal ?? ""
                next.removeAndFree()
                merged = true
            }
            if merged { node.setLiteral(literal) }
            result.append((node, MarkdownText(text: literal, context: context(of: node), line: node.startLine)))
        }
        return result
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
