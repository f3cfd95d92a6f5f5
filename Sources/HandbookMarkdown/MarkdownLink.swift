/// A link, image or autolink of a Markdown document, in the order it appears.
public struct MarkdownLink: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `[text](url)` or a reference link such as `[text][label]`.
        case link
        /// `![alt](url)`
        case image
        /// `<https://example.com>` or a bare `www.example.com` / `https://example.com`.
        case autolink
    }

    public var kind: Kind
    /// The URL as cmark parsed it: backslash escapes and entities already decoded, and for a
    /// bare `www.` autolink with `http://` in front.
    public var destination: String
    /// The plain text of the link; for an image, its alt text.
    public var text: String
    /// Where the link starts in the source: its `[`, the `!` of an image, the `<` of an
    /// autolink in angle brackets, or the first character of a bare autolink.
    public var position: MarkdownPosition
    /// The link's title, `[text](url "title")`, or empty.
    public var title: String

    public init(kind: Kind, destination: String, text: String, position: MarkdownPosition, title: String = "") {
        self.kind = kind
        self.destination = destination
        self.text = text
        self.position = position
        self.title = title
    }
}
