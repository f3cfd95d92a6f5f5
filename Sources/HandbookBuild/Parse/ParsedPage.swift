import HandbookMarkdown
import HandbookModel

/// A page after parsing: checked front matter and its Markdown tree, with heading ids assigned.
public struct ParsedPage: @unchecked Sendable {
    /// The Markdown file, relative to `content/`.
    public let source: SitePath
    /// `content/tips/play.md`, as diagnostics print it.
    public let displayPath: String
    public let frontMatter: FrontMatter
    public let address: PageAddress
    /// The file line where the Markdown body starts.
    public let bodyFirstLine: Int
    /// The Markdown tree; edited in place by the link stages, then rendered.
    public let document: MarkdownDocument
    /// Ids of the page's headings, in document order.
    public let headingIDs: [String]
    /// Every id a link may point at on this page.
    public let anchors: Set<String>

    init(source: SitePath, displayPath: String, frontMatter: FrontMatter, bodyFirstLine: Int,
         document: MarkdownDocument) {
        self.source = source
        self.displayPath = displayPath
        self.frontMatter = frontMatter
        self.address = PageAddress(source: source)
        self.bodyFirstLine = bodyFirstLine
        self.document = document
        var slugger = GitHubSlugger()
        let ids = document.headings.map { slugger.slug($0.text) }
        document.setHeadingIDs(ids)
        self.headingIDs = ids
        self.anchors = Set(ids).union(document.footnoteIDs).union(TemplateAnchors.all)
    }

    /// The body with where it came from, for the stages that edit it.
    public var markdown: MarkdownSource {
        MarkdownSource(path: source, displayPath: displayPath, bodyFirstLine: bodyFirstLine, document: document)
    }

    /// A position in the Markdown body as a place in the file.
    public func location(of position: MarkdownPosition) -> SourceLocation {
        SourceLocation(file: displayPath, line: bodyFirstLine + position.line - 1, column: position.column)
    }
}

/// Ids the page templates always write, so links may point at them.
public enum TemplateAnchors {
    public static let all: Set<String> = ["main", "top", "references"]
}
