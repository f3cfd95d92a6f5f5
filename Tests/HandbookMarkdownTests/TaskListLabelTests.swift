import HandbookMarkdown
import Testing

/// Task-list boxes get their labels wherever they are on the page, and pages without any are
/// passed through as they are.
@Suite struct TaskListLabelTests {
    private func html(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown).renderHTML()
    }

    @Test func labelsTheFirstAndTheLastBoxOfAPage() {
        #expect(html("- [ ] a\n") == "<ul>\n<li><input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> a</li>\n</ul>\n")
        #expect(html("- [x] b") == "<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> b</li>\n</ul>\n")
    }

    @Test func leavesPagesWithoutBoxesAlone() {
        #expect(html("type=\"checkbox\" é 😀 =\n") == "<p>type=&quot;checkbox&quot; é 😀 =</p>\n")
        #expect(html("") == "")
        #expect(html("=") == "<p>=</p>\n")
    }
}
