import CCmarkGFM

extension CmarkNode {
    /// The prose of every paragraph and table cell under this node, one block a paragraph
    /// (separated by blank lines); headings and code blocks left out. Each block reads as its
    /// inlines do in a browser, images left out and line breaks read as spaces.
    ///
    /// The blocks are walked by hand, node to node, and only paragraphs and cells are entered
    /// down to their inlines: a cmark iterator would stop at every node of the tree, twice.
    func blockText() -> String {
        // Gathered as bytes, read in place from the nodes' literals as the HTML renderer reads
        // them, rather than as a String made for each node. cmark's text is valid UTF-8 (it
        // repairs its input), so the pieces decode together as they would one by one.
        var text: [UInt8] = []
        var next: CmarkNode? = self
        while let node = next {
            let type = node.type
            if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_TABLE_CELL {
                let start = text.count
                if !text.isEmpty { text.append(contentsOf: "\n\n".utf8) }
                node.appendInlineText(to: &text)
                // An empty block is left out, separator and all.
                if text.count == start + (start == 0 ? 0 : 2) { text.removeSubrange(start...) }
            } else if type.isBlock, let child = node.firstChild {
                // Only blocks hold paragraphs and cells.
                next = child
                continue
            }
            next = node.following(within: self)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// What a reader sees of the inlines under this node, appended to `text`: text, code and
    /// footnote references' numbers, a space for a line break, nothing of images.
    private func appendInlineText(to text: inout [UInt8]) {
        var next = firstChild
        while let node = next {
            let type = node.type
            node.appendReadableText(to: &text, type: type)
            next = (type == CMARK_NODE_IMAGE ? nil : node.firstChild) ?? node.following(within: self)
        }
    }

    /// What a reader sees of this inline node itself, appended to `text`: a text's, code's or
    /// footnote reference's literal, a space for a break, nothing for the rest.
    private func appendReadableText(to text: inout [UInt8], type: cmark_node_type) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_FOOTNOTE_REFERENCE:
            text.append(contentsOf: literalBytes)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text.append(UInt8(ascii: " "))
        default:
            break
        }
    }

    /// Compared with the type the table extension registered (see `CCmarkGFM`'s shim.h): this
    /// is asked of many nodes, and comparing type names showed in profiles.
    var isTableCell: Bool {
        type == CMARK_NODE_TABLE_CELL
    }
}

extension cmark_node_type {
    /// Whether nodes of this type are blocks (the table extension's included), not inlines.
    var isBlock: Bool {
        rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }
}
