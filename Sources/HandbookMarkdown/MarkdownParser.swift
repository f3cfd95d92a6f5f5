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
    /// HTML renderer needs (the tag filter does nothing without it). The caller frees both:
    /// the root with `cmark_node_free`, the parser with `cmark_parser_free`.
    static func parse(_ text: String) -> (root: UnsafeMutablePointer<cmark_node>, parser: OpaquePointer) {
        lock.lock()
        defer { lock.unlock() }
        precondition(coreExtensionsRegistered)
        guard let parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES) else {
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
        return (root, parser)
    }

    /// `body` given the tree of `text` and a graveyard for the nodes it takes out (see
    /// `CmarkNode.bury(in:)`), all freed when it returns: for a tree that is read and let go.
    static func withTree<Result>(of text: String, _ body: (_ tree: CmarkNode, _ graveyard: CmarkNode) -> Result) -> Result {
        let (root, parser) = parse(text)
        let graveyard = CmarkNode.graveyard()
        defer {
            cmark_node_free(root)
            cmark_node_free(graveyard.pointer)
            cmark_parser_free(parser)
        }
        return body(CmarkNode(root), graveyard)
    }

    /// The options for `cmark_render_html`. Source positions stay out of the HTML.
    static func renderOptions(for options: MarkdownOptions) -> Int32 {
        options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
    }
}
