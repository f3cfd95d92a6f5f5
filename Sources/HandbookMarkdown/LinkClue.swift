/// What the cmark tree tells about one link, for `LinkLocator` to find it in the source.
struct LinkClue {
    var isImage: Bool
    /// The link's plain text (an image's alt text).
    var text: String
    var destination: String
    /// The line and byte column cmark reports for the link. The line is usually right; the
    /// column is not after a tab, non-ASCII text on a lazy line, or an `<...>` autolink.
    var line: Int
    var byteColumn: Int
    /// Other lines worth searching first, such as the line of the link's first text.
    var otherLines: [Int]
    /// The index, among the document's links, of the link or image this one sits inside.
    var enclosingIndex: Int?

    /// Whether the link could have been written as an autolink: `<url>`, `<email>`, or a bare
    /// URL, `www.` address or email address that the autolink extension picked up.
    var looksLikeAutolink: Bool {
        guard !isImage else { return false }
        if destination == text { return text.contains(":") }
        if destination == "mailto:" + text { return text.contains("@") }
        return destination == "http://" + text && text.lowercased().hasPrefix("www.")
    }
}
