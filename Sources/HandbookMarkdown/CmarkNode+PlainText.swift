import CCmarkGFM
import Foundation

extension CmarkNode {
    /// The text a reader sees in this node's inlines, markup stripped: text and code as they
    /// read, `lineBreak` for a line break, nothing for raw HTML, a footnote reference's number.
    /// Images give their alt text when `includingImages` is true and nothing otherwise. With
    /// no images and `"\n"` for line breaks this is the browser's `textContent`, which is what
    /// GitHub slugs.
    func plainText(includingImages: Bool, lineBreak: String) -> String {
        // Gathered as bytes, straight from cmark's strings, rather than as a String made for
        // each node. cmark's text is valid UTF-8 (it repairs its input), so the pieces decode
        // together as they would one by one.
        var text: [UInt8] = []
        var skippedImages = 0
        walk { node, entering in
            let type = node.type
            if type == CMARK_NODE_IMAGE, node != self, !includingImages {
                skippedImages += entering ? 1 : -1
                return
            }
            guard entering, skippedImages == 0 else { return }
            node.appendReadableText(to: &text, lineBreak: lineBreak.utf8)
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension CmarkNode {
    /// The prose of every paragraph and table cell under this node, one block a paragraph
    /// (separated by blank lines); headings and code blocks left out. Each block reads as
    /// `plainText(includingImages: false, lineBreak: " ")` would, gathered in the same one walk.
    func blockText() -> String {
        var text: [UInt8] = []
        // Where the current block started in `text` (its separator before it), or nil outside one.
        var blockStart: Int?
        var skippedImages = 0
        walk { node, entering in
            let type = node.type
            if type == CMARK_NODE_PARAGRAPH || node.isTableCell {
                if entering {
                    blockStart = text.count
                    if !text.isEmpty { text.append(contentsOf: "\n\n".utf8) }
                } else if let start = blockStart {
                    // An empty block is left out, separator and all.
                    if text.count == start + (start == 0 ? 0 : 2) { text.removeSubrange(start...) }
                    blockStart = nil
                }
                return
            }
            guard blockStart != nil else { return }
            if type == CMARK_NODE_IMAGE {
                skippedImages += entering ? 1 : -1
                return
            }
            guard entering, skippedImages == 0 else { return }
            node.appendReadableText(to: &text, lineBreak: CollectionOfOne(UInt8(ascii: " ")))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// What a reader sees of this inline node itself, appended to `text`: a text's, code's or
    /// footnote reference's literal, `lineBreak` for a break, nothing for the rest.
    fileprivate func appendReadableText(to text: inout [UInt8], lineBreak: some Collection<UInt8>) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_FOOTNOTE_REFERENCE:
            if let literal = cmark_node_get_literal(pointer) {
                // Typed bytes, which are copied at once; raw ones would be copied one by one.
                let bytes = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
                text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(literal)))
            }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text.append(contentsOf: lineBreak)
        default:
            break
        }
    }

    /// Compared as C strings: this is asked of every node of a page, often, and building a
    /// String for each showed in profiles.
    var isTableCell: Bool {
        guard type != CMARK_NODE_CUSTOM_BLOCK, let name = cmark_node_get_type_string(pointer) else { return false }
        return strcmp(name, "table_cell") == 0
    }
}
