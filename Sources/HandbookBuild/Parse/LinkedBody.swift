import HandbookMarkdown

/// What the stages after linking read of a page's body, taken from its tree once linked, so the
/// tree can go: the HTML, and the text a reader sees (for the search index and reading grades).
struct LinkedBody: Sendable {
    let html: String
    let plainText: String

    init(linked document: MarkdownDocument) {
        html = document.renderHTML()
        plainText = document.plainText()
    }
}
