import HandbookMarkdown
import HandbookModel

/// A page after parsing: checked front matter, and, once its body is parsed, what the site's index
/// needs of it (its outline: headings with their ids, every anchor a link may point at).
///
/// A full build reads only the front matter first; the link stage parses each page's body
/// (`PageParser.parseForLinking`), which gives its outline, links it, and keeps only its HTML and
/// text (`LinkedBody`). The Markdown tree itself is not kept: on a large site the trees of every
/// page would take far more memory than the rest of the build. A page value carries its body
/// only for the stage at hand (see `Body`).
///
/// An immutable class rather than a struct: pages are read out of the site's dictionaries many
/// times per page built (for every link to them, every render), and each copy of a struct
/// retained and released every string it holds. The `with…` methods make new pages.
public final class ParsedPage: @unchecked Sendable {
    /// The Markdown file, relative to `content/`.
    public let source: SitePath
    /// `content/tips/play.md`, as diagnostics print it.
    public let displayPath: String
    public let frontMatter: FrontMatter
    public let address: PageAddress
    /// The file line where the Markdown body starts.
    public let bodyFirstLine: Int
    /// The body's length in UTF-8 bytes: the body is the end of the file, so it can be cut
    /// from the file again without reading the front matter again.
    let bodyByteCount: Int
    /// The body's headings and anchors; nil until the body is parsed (see `PageOutline`).
    public let outline: PageOutline?
    private let body: Body

    /// What a page value carries of its body.
    enum Body {
        /// The site's index: nothing.
        case none
        /// While the page is linked: its freshly parsed tree, which linking edits in place.
        case markdown(MarkdownDocument)
        /// While the page is rendered: what linking made of it.
        case linked(LinkedBody)
    }

    convenience init(source: SitePath, displayPath: String, frontMatter: FrontMatter, bodyFirstLine: Int, bodyByteCount: Int) {
        self.init(source: source, displayPath: displayPath, frontMatter: frontMatter, address: PageAddress(source: source),
                  bodyFirstLine: bodyFirstLine, bodyByteCount: bodyByteCount, outline: nil, body: .none)
    }

    private init(source: SitePath, displayPath: String, frontMatter: FrontMatter, address: PageAddress,
                 bodyFirstLine: Int, bodyByteCount: Int, outline: PageOutline?, body: Body) {
        self.source = source
        self.displayPath = displayPath
        self.frontMatter = frontMatter
        self.address = address
        self.bodyFirstLine = bodyFirstLine
        self.bodyByteCount = bodyByteCount
        self.outline = outline
        self.body = body
    }

    /// This page with another outline and body.
    private func with(outline: PageOutline?, body: Body) -> ParsedPage {
        ParsedPage(source: source, displayPath: displayPath, frontMatter: frontMatter, address: address,
                   bodyFirstLine: bodyFirstLine, bodyByteCount: bodyByteCount, outline: outline, body: body)
    }

    /// Every heading, all levels, in document order. Only once the body is parsed.
    public var headings: [MarkdownHeading] { parsedOutline.headings }
    /// Ids of the page's headings, in document order. Only once the body is parsed.
    public var headingIDs: [String] { parsedOutline.headingIDs }
    /// Every id a link may point at on this page. Only once the body is parsed.
    public var anchors: Set<String> { parsedOutline.anchors }

    private var parsedOutline: PageOutline {
        guard let outline else { preconditionFailure("'\(source)' has no outline: its body was not parsed") }
        return outline
    }

    /// This page with `outline`, its body's.
    func withOutline(_ outline: PageOutline) -> ParsedPage {
        with(outline: outline, body: body)
    }

    /// This page with `document`, a fresh parse of its body, to link, and the document's
    /// outline; the headings get their ids.
    func withMarkdown(_ document: MarkdownDocument) -> ParsedPage {
        let outline = PageOutline(headings: document.headings, footnoteIDs: document.footnoteIDs)
        document.setHeadingIDs(outline.headingIDs)
        return with(outline: outline, body: .markdown(document))
    }

    /// This page as the site's index keeps it: with its outline, without its body.
    var withoutBody: ParsedPage {
        with(outline: outline, body: .none)
    }

    /// This page with its linked body, to render.
    func withLinkedBody(_ linked: LinkedBody) -> ParsedPage {
        with(outline: outline, body: .linked(linked))
    }

    /// The body with where it came from, for the stages that edit it. Only on a page parsed for
    /// linking (`withMarkdown`).
    public var markdown: MarkdownSource {
        guard case .markdown(let document) = body else { preconditionFailure("'\(source)' was not parsed for linking") }
        return MarkdownSource(path: source, displayPath: displayPath, bodyFirstLine: bodyFirstLine, document: document)
    }

    /// What linking made of the body. Only on a page being rendered (`withLinkedBody`).
    var linkedBody: LinkedBody {
        guard case .linked(let linked) = body else { preconditionFailure("'\(source)' is not linked") }
        return linked
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
