import Testing
import HandbookMarkdown

/// The stretches of text a document offers for editing, its reader's text, and edits that
/// leave some stretches alone.
@Suite struct TextCollectionTests {
    @Test func adjacentTextNodesAreMergedIntoOneStretch() {
        // cmark splits text at brackets and entities; each run between markup is one stretch.
        let document = MarkdownDocument(parsing: "see [@key] &amp; [x] *y* z\n\n- [a] b\n  > c [d]\n")
        #expect(document.texts.map(\.text) == ["see [@key] & [x] ", "y", " z", "[a] b", "c [d]"])
        #expect(document.texts.map(\.line) == [1, 1, 1, 3, 4])
    }

    @Test func editsAfterUneditedStretchesKeepEveryStretchInOrder() {
        let document = MarkdownDocument(parsing: "one\n\ntwo\n\nthree\n")
        document.editTexts { text in text.text == "two" ? [.text("2a"), .html("<b></b>"), .text("2b")] : nil }
        #expect(document.texts.map(\.text) == ["one", "2a", "2b", "three"])
        document.editTexts { _ in nil }
        #expect(document.texts.map(\.text) == ["one", "2a", "2b", "three"])
        #expect(document.renderHTML() == "<p>one</p>\n<p>2a<b></b>2b</p>\n<p>three</p>\n")
    }

    @Test func plainTextHasParagraphsAndCellsWithoutImagesOrHeadings() {
        let markdown = "# Title\n\nA *b*\nc ![alt](x.png) `d`.\n\n![only](y.png)\n\n| h | i |\n| - | - |\n| j |  |\n\n    code\n\n> e\n"
        #expect(MarkdownDocument(parsing: markdown).plainText() == "A b c  d.\n\nh\n\ni\n\nj\n\ne")
    }
}
