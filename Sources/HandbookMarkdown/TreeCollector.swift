import CCmarkGFM

/// Walks a parsed tree once: merges adjacent text nodes and lists them with their context, and
/// lists the links, images, headings and footnote nodes that the other collectors read, all in
/// document order, with the plain text of each link and heading. One walk serves them all:
/// walking a page's tree costs a call into cmark per node and step, and a text node's literal
/// is read (and made a String) once, for the stretch of text and for every link and heading
/// that holds it.
enum TreeCollector {
    struct Nodes {
        /// The text nodes that remain after merging, and their texts, in the same order.
        var textNodes: [CmarkNode] = []
        var texts: [MarkdownText] = []
        /// Links and images.
        var links: [CmarkNode] = []
        /// For each of `links`, the index of the link or image it sits inside, if any.
        var enclosingLinks: [Int?] = []
        /// For each of `links`, its plain text: text, code and footnote references' numbers,
        /// a space for a line break, and the alt text of images in it.
        var linkTexts: [String] = []
        /// For each of `links`, the line of the first node under it that has one.
        var linkFirstLines: [Int?] = []
        var headings: [CmarkNode] = []
        /// For each of `headings`, its plain text as the browser's `textContent` reads it, which
        /// is what GitHub slugs: as a link's, but images give nothing and a line break a newline.
        var headingTexts: [String] = []
        var footnoteDefinitions: [CmarkNode] = []
        var footnoteReferences: [CmarkNode] = []
    }

    /// What the children of an open node stand in.
    private struct Level {
        var context: MarkdownText.Context
        /// The index in `links` of the nearest link or image that holds them. Their text is
        /// also that of every link or image holding this one (see `Nodes.enclosingLinks`).
        var enclosingLink: Int?
        /// The index in `headings` of the heading whose text they are part of: the heading
        /// that holds them, unless an image in it does too.
        var heading: Int?
    }

    /// Text nodes merged into the one before them are buried in `graveyard`.
    static func collect(in root: CmarkNode, graveyard: CmarkNode) -> Nodes {
        var found = Nodes()
        // The tree is walked by hand, node to node, rather than listed first or walked with a
        // cmark iterator: merging takes out the text nodes that follow, which neither may then
        // visit.
        // `levels` holds one entry for each node from `root` down to the current node's parent.
        var levels = [Level(context: .running, enclosingLink: nil, heading: nil)]
        var next = root.firstChild
        while var node = next {
            let level = levels[levels.count - 1]
            let type = node.type
            if let link = level.enclosingLink, found.linkFirstLines[link] == nil {
                recordLine(of: node, inLinksFrom: link, in: &found)
            }
            switch type {
            case CMARK_NODE_TEXT:
                let line = node.startLine
                let text: String
                (node, text) = mergeFollowingTexts(into: node, graveyard: graveyard)
                found.textNodes.append(node)
                found.texts.append(MarkdownText(text: text, context: level.context, line: line))
                append(text, in: level, to: &found)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                found.links.append(node)
                found.enclosingLinks.append(level.enclosingLink)
                found.linkTexts.append("")
                found.linkFirstLines.append(nil)
            case CMARK_NODE_HEADING:
                found.headings.append(node)
                found.headingTexts.append("")
            case CMARK_NODE_CODE:
                if level.enclosingLink != nil || level.heading != nil { append(node.literal, in: level, to: &found) }
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                found.footnoteReferences.append(node)
                if level.enclosingLink != nil || level.heading != nil { append(node.literal, in: level, to: &found) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                appendLineBreak(in: level, to: &found)
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                found.footnoteDefinitions.append(node)
            default:
                break
            }
            if let child = node.firstChild {
                levels.append(childLevel(of: node, type: type, in: level, linkCount: found.links.count,
                                         headingCount: found.headings.count))
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
    private static func childLevel(of node: CmarkNode, type: cmark_node_type, in level: Level, linkCount: Int,
                                   headingCount: Int) -> Level {
        switch type {
        case CMARK_NODE_IMAGE: Level(context: .image, enclosingLink: linkCount - 1, heading: nil)
        case CMARK_NODE_LINK: Level(context: .link, enclosingLink: linkCount - 1, heading: level.heading)
        case CMARK_NODE_HEADING: Level(context: .heading, enclosingLink: level.enclosingLink, heading: headingCount - 1)
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_ITEM, CMARK_NODE_LIST,
             CMARK_NODE_BLOCK_QUOTE: level
        default: node.isTableCell ? Level(context: .tableCell, enclosingLink: level.enclosingLink, heading: level.heading) : level
        }
    }

    /// Adds `text` to the text of the heading and of every link and image that hold it.
    private static func append(_ text: String, in level: Level, to found: inout Nodes) {
        if let heading = level.heading { found.headingTexts[heading] += text }
        var link = level.enclosingLink
        while let index = link {
            found.linkTexts[index] += text
            link = found.enclosingLinks[index]
        }
    }

    /// A line break reads as a newline in a heading's text (as in the browser's `textContent`)
    /// and as a space in a link's.
    private static func appendLineBreak(in level: Level, to found: inout Nodes) {
        if let heading = level.heading { found.headingTexts[heading] += "\n" }
        var link = level.enclosingLink
        while let index = link {
            found.linkTexts[index] += " "
            link = found.enclosingLinks[index]
        }
    }

    /// Gives `node`'s line, if it has one, to the links and images holding it that have none
    /// yet, from the nearest (`link`, which has none) outwards. A link holding another has a
    /// line whenever the inner one has: whatever gave the inner one its line gave it too.
    private static func recordLine(of node: CmarkNode, inLinksFrom link: Int, in found: inout Nodes) {
        let line = node.startLine
        guard line > 0 else { return }
        var next: Int? = link
        while let index = next, found.linkFirstLines[index] == nil {
            found.linkFirstLines[index] = line
            next = found.enclosingLinks[index]
        }
    }

    /// The text of `node` and of the text nodes just after it, and the node that holds it: `node`
    /// itself when no text node follows, or else a new node in place of them all, which are
    /// buried. (Setting `node`'s literal instead would free bytes other literals may view.)
    private static func mergeFollowingTexts(into node: CmarkNode, graveyard: CmarkNode) -> (CmarkNode, String) {
        guard let first = node.next, first.type == CMARK_NODE_TEXT else { return (node, node.literal) }
        var literal = node.literal
        var next: CmarkNode? = first
        while let following = next, following.type == CMARK_NODE_TEXT {
            literal += following.literal
            next = following.next
            following.bury(in: graveyard)
        }
        let merged = CmarkNode.text(literal, like: node)
        node.insertBefore(sibling: merged)
        node.bury(in: graveyard)
        return (merged, literal)
    }
}
