import CCmarkGFM

/// Walks a parsed tree once: merges adjacent text nodes and lists them with their context, and
/// lists the links, images and footnote nodes that the other collectors read, all in document
/// order. One walk serves them all: walking a page's tree costs a call into cmark per node and
/// step.
enum TreeCollector {
    struct Nodes {
        /// The text nodes that remain after merging, and their texts, in the same order.
        var textNodes: [CmarkNode] = []
        var texts: [MarkdownText] = []
        /// Links and images.
        var links: [CmarkNode] = []
        /// For each of `links`, the index of the link or image it sits inside, if any.
        var enclosingLinks: [Int?] = []
        var footnoteDefinitions: [CmarkNode] = []
        var footnoteReferences: [CmarkNode] = []
    }

    /// What the children of an open node stand in.
    private struct Level {
        var context: MarkdownText.Context
        /// The index in `links` of the nearest link or image that holds them.
        var enclosingLink: Int?
    }

    static func collect(in root: CmarkNode) -> Nodes {
        var found = Nodes()
        // The tree is walked by hand, node to node, rather than listed first or walked with a
        // cmark iterator: merging frees the text nodes that follow, which neither may then visit.
        // `levels` holds one entry for each node from `root` down to the current node's parent.
        var levels = [Level(context: .running, enclosingLink: nil)]
        var next = root.firstChild
        while let node = next {
            let level = levels[levels.count - 1]
            let type = node.type
            switch type {
            case CMARK_NODE_TEXT:
                found.textNodes.append(node)
                found.texts.append(MarkdownText(text: mergeFollowingTexts(into: node), context: level.context,
                                                line: node.startLine))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                found.links.append(node)
                found.enclosingLinks.append(level.enclosingLink)
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                found.footnoteDefinitions.append(node)
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                found.footnoteReferences.append(node)
            default:
                break
            }
            if let child = node.firstChild {
                levels.append(childLevel(of: node, type: type, in: level, linkCount: found.links.count))
                next = child
                continue
            }
            // On to the next sibling, or to that of the nearest ancestor that has one.
            var current = node
            next = nil
            while current != root {
                if let sibling = current.next {
                    next = sibling
                    break
                }
                guard let parent = current.parent else { break }
                levels.removeLast()
                current = parent
            }
        }
        return found
    }

    /// The level of `node`'s children: the nearest image, link, heading or table cell above a
    /// text gives its context.
    private static func childLevel(of node: CmarkNode, type: cmark_node_type, in level: Level, linkCount: Int) -> Level {
        switch type {
        case CMARK_NODE_IMAGE: Level(context: .image, enclosingLink: linkCount - 1)
        case CMARK_NODE_LINK: Level(context: .link, enclosingLink: linkCount - 1)
        case CMARK_NODE_HEADING: Level(context: .heading, enclosingLink: level.enclosingLink)
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_ITEM, CMARK_NODE_LIST,
             CMARK_NODE_BLOCK_QUOTE: level
        default: node.isTableCell ? Level(context: .tableCell, enclosingLink: level.enclosingLink) : level
        }
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
}
