import CCmarkGFM

/// A borrowed pointer to one node of a cmark tree, with Swift names for the calls this module
/// makes. It owns nothing: the tree's owner frees the nodes.
struct CmarkNode: Hashable {
    let pointer: UnsafeMutablePointer<cmark_node>

    init(_ pointer: UnsafeMutablePointer<cmark_node>) {
        self.pointer = pointer
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    var previous: CmarkNode? { cmark_node_previous(pointer).map(CmarkNode.init) }

    var children: [CmarkNode] {
        var result: [CmarkNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The literal of a text, inline code, inline HTML or footnote reference node; empty for
    /// other nodes. See `literalBytes`.
    var literal: String { String(decoding: literalBytes, as: UTF8.self) }
    /// The bytes of `literal`, read in place (see `handbook_node_literal` in CCmarkGFM's
    /// shim.h), as the HTML renderer reads them. They may be a view into the bytes of another
    /// node: nodes are therefore buried, not freed, when taken out (see `bury(in:)`).
    var literalBytes: UnsafeBufferPointer<UInt8> {
        var length: Int32 = 0
        let bytes = handbook_node_literal(pointer, &length)
        return UnsafeBufferPointer(start: bytes, count: Int(length))
    }
    var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }
    var title: String? { cmark_node_get_title(pointer).map { String(cString: $0) } }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    /// The URL is handed over with `withCString` (see `CmarkNode+Editing.swift`).
    func setURL(_ url: String) {
        url.withCString { _ = cmark_node_set_url(pointer, $0) }
    }

    /// This node and every block under it, in document order. It does not go into blocks that
    /// hold inlines (paragraphs, headings, tables), which are most of a tree's nodes, so it
    /// serves collectors that want only blocks.
    var blocks: [CmarkNode] {
        var result = [self]
        guard holdsBlocks else { return result }
        var next = firstChild
        while let node = next {
            result.append(node)
            next = (node.holdsBlocks ? node.firstChild : nil) ?? node.following(within: self)
        }
        return result
    }

    /// Whether this node's children are blocks.
    private var holdsBlocks: Bool {
        switch type {
        case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_FOOTNOTE_DEFINITION,
             CMARK_NODE_CUSTOM_BLOCK:
            return true
        default:
            return false
        }
    }

    /// The node after this one and everything under it, in document order, without leaving
    /// `root` (which holds this node).
    func following(within root: CmarkNode) -> CmarkNode? {
        var current = self
        while current != root {
            if let next = current.next { return next }
            guard let parent = current.parent else { return nil }
            current = parent
        }
        return nil
    }
}
