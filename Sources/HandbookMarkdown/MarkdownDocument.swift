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

    private let root: OpaquePointer
    private let parser: OpaquePointer
    private let renderOptions: Int32
    private var headingNodes: [CmarkNode]
    private let linkNodes: [CmarkNode]

    public init(parsing text: String, options: MarkdownOptions = MarkdownOptions()) {
        (root, parser) = MarkdownParser.parse(text)
        renderOptions = MarkdownParser.renderOptions(for: options)
        let tree = CmarkNode(root)
        CalloutRewriter.rewrite(tree)
        let source = SourceText(text)
        let foundHeadings = HeadingCollector.collect(in: tree, source: source)
        let foundLinks = LinkCollector.collect(in: tree, source: source)
        headings = foundHeadings.map(\.heading)
        headingNodes = foundHeadings.map(\.node)
        links = foundLinks.map(\.link)
        linkNodes = foundLinks.map(\.node)
        footnoteIDs = FootnoteIDCollector.ids(in: tree, source: source)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Gives each heading an id: `ids` is in the order of `headings` and as long. The heading
    /// then renders as `<hN id="ID">...</hN>`, the id escaped for the attribute.
    public func setHeadingIDs(_ ids: [String]) {
        precondition(ids.count == headings.count, "\(ids.count) ids for \(headings.count) headings")
        for index in ids.indices {
            headingNodes[index] = HeadingIDWriter.setID(ids[index], level: headings[index].level,
                                                        on: headingNodes[index])
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

    /// The document as an HTML fragment.
    public func renderHTML() -> String {
        guard let html = cmark_render_html(root, renderOptions, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return TaskListLabels.label(String(cString: html))
    }
}
