import HandbookMarkdown
import HandbookModel

/// Turns a page's Markdown file into a `ParsedPage`: front matter checked, body parsed by cmark-gfm.
public struct PageParser: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions) { self.options = options }

    /// Nil (with diagnostics) when the front matter is unusable. The page keeps what the site's
    /// index needs of its body (its outline), not its tree.
    public func parse(_ file: SourceFile, at source: SitePath) -> (ParsedPage?, [Diagnostic]) {
        let result = FrontMatterParser().parse(file)
        guard let frontMatter = result.frontMatter else { return (nil, result.diagnostics) }
        let page = ParsedPage(source: source, displayPath: file.displayPath, frontMatter: frontMatter,
                              bodyFirstLine: result.bodyFirstLine, bodyByteCount: result.body.utf8.count,
                              outline: MarkdownOutline(parsing: result.body))
        return (page, result.diagnostics)
    }

    /// `page` with its body parsed again from `file` (the file `parse` made it from), to be
    /// linked. The same text parses to the same tree, so it has the same headings.
    func parseForLinking(_ page: ParsedPage, from file: SourceFile) -> ParsedPage {
        let text = file.text
        let start = text.utf8.index(text.utf8.endIndex, offsetBy: -page.bodyByteCount)
        return page.withMarkdown(MarkdownDocument(parsing: String(text[start...]), options: options))
    }
}
