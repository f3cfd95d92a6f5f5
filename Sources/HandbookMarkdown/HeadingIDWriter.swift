import HandbookModel
import CCmarkGFM

/// Gives headings `id` attributes, which cmark's HTML renderer cannot write.
///
/// A heading node is replaced by a custom block with empty markers holding a custom inline
/// whose markers are `<hN id="...">` and `</hN>`, with the heading's inlines moved inside. The
/// HTML comes out as cmark writes a heading (`<h2 id="x">Title</h2>` and a newline), and
/// custom nodes are written in safe mode too.
enum HeadingIDWriter {
    /// Sets the id of a heading and returns the node that now carries it: pass that node,
    /// not the original heading, to change the id again. The heading's node is buried in
    /// `graveyard`.
    static func setID(_ id: String, level: Int, on node: CmarkNode, graveyard: CmarkNode) -> CmarkNode {
        let opening = "<h\(level) id=\"\(HTMLText.escape(id))\">"
        if node.type == CMARK_NODE_CUSTOM_INLINE {
            node.setOnEnter(opening)
            return node
        }
        let block = CmarkNode.customBlock(onEnter: "", onExit: "", like: node)
        let heading = CmarkNode.customInline(onEnter: opening, onExit: "</h\(level)>", like: node)
        node.insertBefore(sibling: block)
        block.append(heading)
        node.moveChildren(to: heading)
        // Buried, not freed: the inlines moved out of it view its bytes (raw HTML, say, which
        // rendered freed memory when the heading was freed here).
        node.bury(in: graveyard)
        return heading
    }
}
