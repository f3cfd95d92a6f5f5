/// A stretch of plain text in a document: adjacent text pieces between two pieces of markup,
/// merged, so `[@key]` reads as one string even where cmark split it at the brackets.
/// It never spans a line break (soft breaks are markup).
public struct MarkdownText: Hashable, Sendable {
    /// Where the text stands, for stages that treat running text differently.
    public enum Context: Hashable, Sendable {
        /// Ordinary prose: paragraphs, list items, callouts.
        case running
        case heading
        /// A table cell's text. cmark-gfm lets a cell hold only its own inline kinds, not the
        /// custom inlines that `.html` pieces become, so edits there may only give text.
        case tableCell
        /// The text of a link.
        case link
        /// An image's alt text.
        case image
    }

    /// The text as the reader sees it (entities decoded, backslash escapes removed).
    public var text: String
    public var context: Context
    /// The source line the text starts on, 1-based. Find columns by searching that line, as
    /// cmark's inline columns are unreliable.
    public var line: Int

    public init(text: String, context: Context, line: Int) {
        self.text = text
        self.context = context
        self.line = line
    }
}

/// What a stretch of text can be replaced with.
public enum InlinePiece: Hashable, Sendable {
    /// Text, escaped when rendered.
    case text(String)
    /// HTML written as it is: the caller escapes what it puts in.
    case html(String)

    /// Whether the piece is HTML, which not every place in a document can hold.
    public var isHTML: Bool {
        if case .html = self { true } else { false }
    }
}
