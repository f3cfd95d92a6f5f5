/// How the Markdown of one page is turned into HTML.
public struct MarkdownOptions: Sendable, Hashable {
    /// Whether raw HTML in the Markdown reaches the output. When false, cmark-gfm's safe mode
    /// replaces each piece of raw HTML with `<!-- raw HTML omitted -->` and drops `javascript:`
    /// style URLs. When true, the tag filter still neutralises `<script>`, `<iframe>` and the
    /// other tags GitHub disallows.
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }
}
