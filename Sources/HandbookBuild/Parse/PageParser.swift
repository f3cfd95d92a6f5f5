import HandbookMarkdown
import HandbookModel

/// Turns a page's Markdown file into a `ParsedPage`: front matter checked, body parsed by cmark-gfm.
public struct PageParser: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions) { self.options = options }

    /// Nil (with diagnostics) when the front matter is unusable.
    public func parse(_ file: SourceFile, at source: SitePath) -> (ParsedPage?, [Diagnostic]) {
        let result = FrontMatterParser().parse(file)
        guard let frontMatter = result.frontMatter else { return (nil, result.diagnostics) }
        let document = MarkdownDocument(parsing: result.body, options: options)
        let page = ParsedPage(source: source, displayPath: file.displayPath, frontMatter: frontMatter,
                              bodyFirstLine: result.bodyFirstLine, document: document)
        return (page, result.diagnostics)
    }
}
