/// A place in the source where a link could start.
struct LinkOpener {
    /// Byte offset of the `[`, `!`, `<` or first character of a bare autolink.
    var offset: Int
    var kind: MarkdownLink.Kind
    /// Bytes from `offset` to the link's text: 1 for `[` and `<`, 2 for `![`, 0 for bare text.
    var length: Int

    var textStart: Int { offset + length }
}
