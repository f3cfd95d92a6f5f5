import CCmarkGFM

extension CmarkNode {
    /// The text a reader sees in this node's inlines, markup stripped: text and code as they
    /// read, `lineBreak` for a line break, nothing for raw HTML, a footnote reference's number.
    /// Images give their alt text when `includingImages` is true and nothing otherwise. With
    /// no images and `"\n"` for line breaks this is the browser's `textContent`, which is what
    /// GitHub slugs.
    func plainText(includingImages: Bool, lineBreak: String) -> String {
        var text = ""
        var skippedImages = 0
        walk { node, entering in
            let type = node.type
            if type == CMARK_NODE_IMAGE, node != self, !includingImages {
                skippedImages += entering ? 1 : -1
                return
            }
            guard entering, skippedImages == 0 else { return }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_FOOTNOTE_REFERENCE:
                text += node.literal ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += lineBreak
            default:
                break
            }
        }
        return text
    }
}

extension CmarkNode {
    /// The prose of every paragraph and table cell under this node, one block a paragraph
    /// (separated by blank lines); headings and code blocks left out.
    func blockText() -> String {
        var blocks: [String] = []
        walk { node, entering in
            guard entering else { return }
            let type = node.type
            if type == CMARK_NODE_PARAGRAPH || node.isTableCell {
                let text = node.plainText(includingImages: false, lineBreak: " ")
                if !text.isEmpty { blocks.append(text) }
            }
        }
        return blocks.joined(separator: "\n\n")
    }

    var isTableCell: Bool {
        type == CMARK_NODE_CUSTOM_BLOCK ? false : String(cString: cmark_node_get_type_string(pointer)) == "table_cell"
    }
}
