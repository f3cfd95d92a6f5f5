import HandbookMarkdown
import HandbookModel

/// Turns a page's Markdown file into a `ParsedPage`: front matter checked, body parsed by cmark-gfm.
public struct PageParser: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions) { self.options = options }

    /// Nil (with diagnostics) when the front matter is unusable. The body is not parsed: a full
    /// build parses it once, to link the page (`parseForLinking`), which gives the page its
    /// outline; with `readingOutline`, the page has its outline at once (for an update, which
    /// compares it with the old one), at the cost of a parse.
    public func parse(_ file: SourceFile, at source: SitePath, readingOutline: Bool = false) -> (ParsedPage?, [Diagnostic]) {
        let result = FrontMatterParser().parse(file)
        guard let frontMatter = result.frontMatter else { return (nil, result.diagnostics) }
        let page = ParsedPage(source: source, displayPath: file.displayPath, frontMatter: frontMatter,
                              bodyFirstLine: result.bodyFirstLine, bodyByteCount: result.body.utf8.count)
        guard readingOutline else { return (page, result.diagnostics) }
        let outline = MarkdownOutline(parsing: String(result.body))
        return (page.withOutline(PageOutline(headings: outline.headings, footnoteIDs: outline.footnoteIDs)), result.diagnostics)
    }

    /// `page` with its body parsed from `file` (the file `parse` made it from), to be linked,
    /// and the body's outline.
    func parseForLinking(_ page: ParsedPage, from file: SourceFile) -> ParsedPage {
        let text = file.text
        let start = text.utf8.index(text.utf8.endIndex, offsetBy: -page.bodyByteCount)
        return page.withMarkdown(MarkdownDocument(parsing: String(text[start...]), options: options))
    }
}
