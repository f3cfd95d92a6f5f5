import CCmarkGFM
import Foundation

/// Runs cmark-gfm's parser with the handbook's settings: the GFM extensions, footnotes and
/// source positions.
///
/// libcmark-gfm 0.29 cannot parse on two threads at once: `cmark_parser_finish` edits global
/// tables of special characters (github/cmark-gfm#176). Every parse therefore holds one lock;
/// rendering and walking separate trees need no lock.
enum MarkdownParser {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let lock = NSLock()

    /// Registers the core extensions the first time it is read; Swift runs it once.
    private static let coreExtensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// A finished tree and the parser that made it, kept for its list of extensions, which the
    /// HTML renderer needs (the tag filter does nothing without it), and the arena they took
    /// their memory from (see `handbook_arena_allocator` in the shim). The caller frees them all
    /// with `free(_:)`.
    static func parse(_ text: String) -> Parsed {
        let arena = handbook_arena_new()!
        lock.lock()
        handbook_arena_begin(arena)
        defer {
            handbook_arena_end()
            lock.unlock()
        }
        precondition(coreExtensionsRegistered)
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES, handbook_arena_allocator()) else {
            fatalError("cmark could not allocate a parser")
        }
        for name in extensionNames {
            guard let syntaxExtension = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no '\(name)' extension")
            }
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        text.withCString { cmark_parser_feed(parser, $0, text.utf8.count) }
        guard let root = cmark_parser_finish(parser) else { fatalError("cmark returned no document") }
        return Parsed(root: root, parser: parser, arena: arena)
    }

    /// What `parse` gives.
    struct Parsed {
        let root: UnsafeMutablePointer<cmark_node>
        let parser: OpaquePointer
        let arena: UnsafeMutablePointer<handbook_arena>
    }

    /// Frees the tree, the nodes buried in `graveyard` (see `CmarkNode.bury(in:)`), the parser,
    /// then the arena, whose blocks they may still have read.
    static func free(_ parsed: Parsed, graveyard: CmarkNode) {
        cmark_node_free(parsed.root)
        cmark_node_free(graveyard.pointer)
        cmark_parser_free(parsed.parser)
        handbook_arena_free(parsed.arena)
    }

    /// `body` given the tree of `text` and a graveyard for the nodes it takes out (see
    /// `CmarkNode.bury(in:)`), all freed when it returns: for a tree that is read and let go.
    static func withTree<Result>(of text: String, _ body: (_ tree: CmarkNode, _ graveyard: CmarkNode) -> Result) -> Result {
        let parsed = parse(text)
        let graveyard = CmarkNode.graveyard(for: CmarkNode(parsed.root))
        defer { free(parsed, graveyard: graveyard) }
        return body(CmarkNode(parsed.root), graveyard)
    }

    /// The options for `cmark_render_html`. Source positions stay out of the HTML.
    static func renderOptions(for options: MarkdownOptions) -> Int32 {
        options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
    }
}
