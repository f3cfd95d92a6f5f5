import CCmarkGFM
import Foundation

/// One page's Markdown, parsed by cmark-gfm: its headings, links and footnote ids, ways to
/// set heading ids and rewrite link destinations, and its HTML.
///
/// The document owns its cmark tree and frees it when it goes. It is not safe to use from two
/// threads at once; separate documents may be parsed, edited and rendered concurrently.
public final class MarkdownDocument {
    /// Every heading, all levels, in document order.
    public let headings: [MarkdownHeading]
    /// Every link, image and autolink, in document order.
    public let links: [MarkdownLink]
    /// Every `id` attribute the footnotes will render, as the browser reads it
    /// (`fn-1`, `fnref-1`, `fnref-1-2` for a second reference to the same note).
    public let footnoteIDs: Set<String>
    /// Every stretch of plain text, in document order, as it stands after the edits so far.
    public private(set) var texts: [MarkdownText]

    private let parsed: MarkdownParser.Parsed
    private var root: UnsafeMutablePointer<cmark_node> { parsed.root }
    /// Where nodes taken out of the tree go, to be freed with it (see `CmarkNode.bury(in:)`).
    private let graveyard: CmarkNode
    private let renderOptions: Int32
    private var headingNodes: [CmarkNode]
    private let linkNodes: [CmarkNode]
    private var textNodes: [CmarkNode]
    private let source: SourceText

    public convenience init(parsing text: String, options: MarkdownOptions = MarkdownOptions()) {
        self.init(parsing: text, options: options, withW: false)
    }

    /// `withW`: see `MarkdownParser.parse(_:withW:)`.
    init(parsing text: String, options: MarkdownOptions, withW: Bool) {
        parsed = MarkdownParser.parse(text, withW: withW)
        graveyard = CmarkNode.graveyard(for: CmarkNode(parsed.root))
        renderOptions = MarkdownParser.renderOptions(for: options)
        let tree = CmarkNode(parsed.root)
        CalloutRewriter.rewrite(tree, graveyard: graveyard)
        let source = SourceText(text)
        self.source = source
        let nodes = TreeCollector.collect(in: tree, graveyard: graveyard)
        (textNodes, texts) = (nodes.textNodes, nodes.texts)
        headings = HeadingCollector.collect(nodes, source: source)
        headingNodes = nodes.headings
        links = LinkCollector.collect(nodes, source: source)
        linkNodes = nodes.links
        footnoteIDs = FootnoteIDCollector.ids(definitions: nodes.footnoteDefinitions,
                                              references: nodes.footnoteReferences, source: source)
    }

    deinit {
        MarkdownParser.free(parsed, graveyard: graveyard)
    }

    /// Gives each heading an id: `ids` is in the order of `headings` and as long. The heading
    /// then renders as `<hN id="ID">...</hN>`, the id escaped for the attribute.
    public func setHeadingIDs(_ ids: [String]) {
        precondition(ids.count == headings.count, "\(ids.count) ids for \(headings.count) headings")
        for index in ids.indices {
            headingNodes[index] = HeadingIDWriter.setID(ids[index], level: headings[index].level,
                                                        on: headingNodes[index], graveyard: graveyard)
        }
    }

    /// Replaces each link's URL: `destinations` is in the order of `links` and as long. An
    /// autolink keeps its text and gets the new URL as its `href` only.
    public func setLinkDestinations(_ destinations: [String]) {
        precondition(destinations.count == links.count, "\(destinations.count) destinations for \(links.count) links")
        for (node, destination) in zip(linkNodes, destinations) {
            node.setURL(destination)
        }
    }

    /// Offers every stretch of text to `edit`, in document order; where it returns pieces, they
    /// replace the text. The text pieces become stretches of text of their own, which later
    /// edits see (with the same context and line); HTML pieces are written as they are. A table
    /// cell cannot hold HTML pieces (see `MarkdownText.Context.tableCell`): an edit that gives
    /// any there is ignored, and the text stays as it was. `texts` is empty while `edit` runs.
    public func editTexts(_ edit: (MarkdownText) -> [InlinePiece]?) {
        // The texts are moved from the old list to the new one, each swapped for an empty text,
        // rather than copied: a copy would retain each String, and freeing the old list release
        // it again, for every text of the page on each edit. The old list is taken out of the
        // document first, so that it has no other owner and the swaps do not copy it.
        var oldTexts = texts
        texts = []
        var keptTexts: [MarkdownText] = []
        var keptNodes: [CmarkNode] = []
        keptTexts.reserveCapacity(oldTexts.count)
        keptNodes.reserveCapacity(textNodes.count)
        for index in oldTexts.indices {
            var text = MarkdownText(text: "", context: .running, line: 0)
            swap(&text, &oldTexts[index])
            let node = textNodes[index]
            guard let pieces = edit(text), text.context != .tableCell || !pieces.contains(where: \.isHTML) else {
                keptNodes.append(node)
                keptTexts.append(text)
                continue
            }
            var last = node
            for piece in pieces {
                let newNode: CmarkNode
                switch piece {
                case .text(let literal):
                    guard !literal.isEmpty else { continue }
                    newNode = .text(literal, like: node)
                    keptNodes.append(newNode)
                    keptTexts.append(MarkdownText(text: literal, context: text.context, line: text.line))
                case .html(let html):
                    newNode = .customInline(onEnter: html, onExit: "", like: node)
                }
                last.insertAfter(sibling: newNode)
                last = newNode
            }
            node.bury(in: graveyard)
        }
        textNodes = keptNodes
        texts = keptTexts
    }

    /// A line of the Markdown source as written, for finding columns; nil past the end.
    public func sourceLine(_ number: Int) -> String? {
        guard number >= 1, number <= source.lineCount else { return nil }
        return String(decoding: source.bytes[source.range(ofLine: number)], as: UTF8.self)
    }

    /// The text a reader sees in the whole document, blocks separated by blank lines: for
    /// measures such as reading level.
    public func plainText() -> String {
        CmarkNode(root).blockText()
    }

    /// The document as an HTML fragment.
    public func renderHTML() -> String {
        // The HTML is the caller's, so it is not taken from the tree's allocator (see the shim).
        guard let html = cmark_render_html_with_mem(root, renderOptions, cmark_parser_get_syntax_extensions(parsed.parser),
                                                    cmark_get_default_mem_allocator()) else {
            return ""
        }
        defer { free(html) }
        return TaskListLabels.label(String(cString: html))
    }
}
