import CCmarkGFM

/// Changing the shape of a cmark tree. New nodes are created here and end up in the tree,
/// which frees them with its root. A node taken out of the tree is buried (see `bury(in:)`)
/// and freed with the document, not at once.
///
/// Strings are handed to cmark (which copies them) with `withCString`, which passes a native
/// String's own bytes; passing a String where a C string is expected would copy it to a new
/// array first.
extension CmarkNode {
    /// A block that renders as `onEnter`, its children, then `onExit`. cmark emits custom
    /// nodes as they are, in safe mode too. Made with the allocator of `tree`'s nodes, as every
    /// new node is: cmark links only nodes of the same allocator.
    static func customBlock(onEnter: String, onExit: String, like tree: CmarkNode) -> CmarkNode {
        makeNode(CMARK_NODE_CUSTOM_BLOCK, onEnter: onEnter, onExit: onExit, like: tree)
    }

    /// The inline counterpart of `customBlock`.
    static func customInline(onEnter: String, onExit: String, like tree: CmarkNode) -> CmarkNode {
        makeNode(CMARK_NODE_CUSTOM_INLINE, onEnter: onEnter, onExit: onExit, like: tree)
    }

    private static func makeNode(_ type: cmark_node_type, onEnter: String, onExit: String, like tree: CmarkNode) -> CmarkNode {
        guard let pointer = cmark_node_new_with_mem(type, handbook_node_mem(tree.pointer)) else {
            fatalError("cmark could not allocate a node")
        }
        // A new node's markers are empty, and render as nothing: an empty one is not set, which
        // would allocate a copy of it.
        if !onEnter.isEmpty { onEnter.withCString { _ = cmark_node_set_on_enter(pointer, $0) } }
        if !onExit.isEmpty { onExit.withCString { _ = cmark_node_set_on_exit(pointer, $0) } }
        return CmarkNode(pointer)
    }

    /// Puts `sibling` (taken from wherever it was) just after this node.
    func insertAfter(sibling: CmarkNode) {
        cmark_node_unlink(sibling.pointer)
        cmark_node_insert_after(pointer, sibling.pointer)
    }

    /// A new text node, made like `tree`'s (see `customBlock`).
    static func text(_ literal: String, like tree: CmarkNode) -> CmarkNode {
        guard let pointer = cmark_node_new_with_mem(CMARK_NODE_TEXT, handbook_node_mem(tree.pointer)) else {
            fatalError("cmark could not allocate a node")
        }
        literal.withCString { _ = cmark_node_set_literal(pointer, $0) }
        return CmarkNode(pointer)
    }

    func setOnEnter(_ text: String) {
        text.withCString { _ = cmark_node_set_on_enter(pointer, $0) }
    }

    func append(_ child: CmarkNode) {
        cmark_node_unlink(child.pointer)
        cmark_node_append_child(pointer, child.pointer)
    }

    /// Puts `sibling` (taken from wherever it was) just before this node.
    func insertBefore(sibling: CmarkNode) {
        cmark_node_unlink(sibling.pointer)
        cmark_node_insert_before(pointer, sibling.pointer)
    }

    /// Moves every child of this node, in order, to the end of `newParent`.
    func moveChildren(to newParent: CmarkNode) {
        while let child = firstChild {
            newParent.append(child)
        }
    }

    /// A node to bury taken-out nodes in: a custom block, which may hold any node, kept out of
    /// the tree. Free it (and them) with `cmark_node_free` when the tree goes.
    static func graveyard(for tree: CmarkNode) -> CmarkNode {
        makeNode(CMARK_NODE_CUSTOM_BLOCK, onEnter: "", onExit: "", like: tree)
    }

    /// Takes this node and everything under it out of the tree, into `graveyard`. They are not
    /// freed at once because cmark parses inlines in place: an inline's literal is a view into
    /// the bytes of the block it was parsed from (or of the text the autolink extension split
    /// it from), and it is read in place, by the renderer and by `literal`. Freeing a heading
    /// or text that such an inline still views would leave it reading freed memory.
    func bury(in graveyard: CmarkNode) {
        cmark_node_unlink(pointer)
        guard cmark_node_append_child(graveyard.pointer, pointer) == 1 else {
            fatalError("cmark would not bury a node of type \(type.rawValue)")
        }
    }
}
