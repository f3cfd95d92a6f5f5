import Testing
import HandbookMarkdown

/// cmark-gfm lets a table cell hold only its own inline kinds, not the custom inlines that HTML
/// pieces become: edits there must keep the text, never drop it.
@Suite struct TableCellEditTests {
    private let markdown = "| a | b |\n| - | - |\n| see [@x] | y |\n\nsee [@x]\n"

    @Test func textInACellHasItsOwnContext() {
        let document = MarkdownDocument(parsing: markdown)
        #expect(document.texts.map(\.context) == [.tableCell, .tableCell, .tableCell, .tableCell, .running])
    }

    @Test func anEditThatGivesHTMLInACellLeavesTheCellAsItWas() {
        let document = MarkdownDocument(parsing: markdown)
        document.editTexts { text in
            guard text.text.contains("[@x]") else { return nil }
            return [.text("see "), .html("<sup>1</sup>")]
        }
        let html = document.renderHTML()
        #expect(html.contains("<td>see [@x]</td>"))
        #expect(html.contains("<p>see <sup>1</sup></p>"))
    }

    @Test func anEditThatGivesOnlyTextInACellApplies() {
        let document = MarkdownDocument(parsing: markdown)
        document.editTexts { text in text.text == "y" ? [.text("z")] : nil }
        #expect(document.renderHTML().contains("<td>z</td>"))
    }
}
