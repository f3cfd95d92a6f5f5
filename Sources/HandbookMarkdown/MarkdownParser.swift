import CCmarkGFM
import CCmarkSpecialCharacters
import Foundation

/// Runs cmark-gfm's parser with the handbook's settings: the GFM extensions, footnotes and
/// source positions.
///
/// libcmark-gfm 0.29 cannot finish two parses on two threads at once: `cmark_parser_finish`
/// edits global tables of special characters (github/cmark-gfm#176). Where the
/// `CCmarkSpecialCharacters` target can fix those tables for good (see its header), parses run
/// side by side; elsewhere each parse finishes under one lock. Reading the text into blocks
/// (`cmark_parser_feed`), rendering and walking separate trees touch no shared state.
enum MarkdownParser {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let lock = NSLock()

    /// Whether parses may finish on several threads at once. The first read registers the core
    /// extensions and fixes the special characters of a parser with every extension; Swift runs
    /// it once, before any parse.
    static let parsesInParallel: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        let primer = newParser(memory: cmark_get_default_mem_allocator())
        defer { cmark_parser_free(primer) }
        return handbook_fix_special_characters(primer)
    }()

    /// A parser with the handbook's options and extensions, taking its memory from `memory`.
    private static func newParser(memory: UnsafeMutablePointer<cmark_mem>) -> OpaquePointer {
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES, memory) else {
            fatalError("cmark could not allocate a parser")
        }
        for name in extensionNames {
            guard let syntaxExtension = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no '\(name)' extension")
            }
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        return parser
    }

    /// A finished tree and the parser that made it, kept for its list of extensions, which the
    /// HTML renderer needs (the tag filter does nothing without it), and the arena they took
    /// their memory from (see `handbook_arena_allocator` in the shim). The caller frees them all
    /// with `free(_:)`. `withW` parses the text as one with "www." (for tests, which compare the
    /// two parses; see `handbook_finish_parse`).
    static func parse(_ text: String, withW: Bool = false) -> Parsed {
        let parallel = parsesInParallel
        let arena = handbook_arena_new()!
        handbook_arena_begin(arena)
        defer { handbook_arena_end() }
        let parser = newParser(memory: handbook_arena_allocator())
        text.withCString { cmark_parser_feed(parser, $0, text.utf8.count) }
        let finished: UnsafeMutablePointer<cmark_node>?
        if parallel {
            finished = handbook_finish_parse(parser, containsWWW(text) || withW)
        } else {
            lock.lock()
            finished = cmark_parser_finish(parser)
            lock.unlock()
        }
        guard let root = finished else { fatalError("cmark returned no document") }
        return Parsed(root: root, parser: parser, arena: arena)
    }

    /// Whether `text` holds "www.", which only the autolink extension's `w` reads (see
    /// `handbook_finish_parse`).
    static func containsWWW(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { ByteSearch.firstIndex(of: www, in: $0) != nil }
    }

    private static let www = Array("www.".utf8)

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
