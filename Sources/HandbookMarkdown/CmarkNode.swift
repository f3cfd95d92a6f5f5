import CCmarkGFM

/// A borrowed pointer to one node of a cmark tree, with Swift names for the calls this module
/// makes. It owns nothing: the tree's owner frees the nodes.
struct CmarkNode: Hashable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
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

    var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }
    var title: String? { cmark_node_get_title(pointer).map { String(cString: $0) } }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    func setURL(_ url: String) {
        cmark_node_set_url(pointer, url)
    }

    /// Calls `visit` for this node and every node under it, in document order.
    /// `entering` is false on the way out of a node that has children.
    func walk(_ visit: (CmarkNode, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(CmarkNode(node), event == CMARK_EVENT_ENTER)
        }
    }

    /// This node and every node under it, in document order.
    var descendants: [CmarkNode] {
        var result: [CmarkNode] = []
        walk { node, entering in if entering { result.append(node) } }
        return result
    }

    /// This node and every block under it, in document order. Unlike `descendants` it does not
    /// go into blocks that hold inlines (paragraphs, headings, tables), which are most of a
    /// tree's nodes, so it serves collectors that want only blocks.
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

    /// The first node under this one (not this node), in document order, for which `predicate`
    /// holds; the walk stops there.
    func firstDescendant(where predicate: (CmarkNode) -> Bool) -> CmarkNode? {
        guard let iterator = cmark_iter_new(pointer) else { return nil }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != pointer else { continue }
            if predicate(CmarkNode(node)) { return CmarkNode(node) }
        }
        return nil
    }
}
