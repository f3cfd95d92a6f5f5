/// A heading of a Markdown document, in the order it appears.
public struct MarkdownHeading: Hashable, Sendable {
    /// 1 for `#`, up to 6 for `######` (setext headings are 1 and 2).
    public var level: Int
    /// The heading's plain text with inline markup stripped: what GitHub slugs to make its
    /// anchor. As in the browser's `textContent`, images contribute nothing and the line break
    /// of a setext heading written on two lines is a newline (which the slug then drops).
    public var text: String
    /// Where the heading starts: the first `#`, or the first character of a setext heading.
    public var position: MarkdownPosition

    public init(level: Int, text: String, position: MarkdownPosition) {
        self.level = level
        self.text = text
        self.position = position
    }
}
