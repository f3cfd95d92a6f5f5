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

    @Test func labelsEveryBoxOfALongList() {
        let items = (0..<200).map { $0 % 3 == 0 ? "- [x] done \($0)\n" : "- [ ] to do \($0)\n" }.joined()
        let rendered = html("Intro é.\n\n" + items)
        #expect(rendered.components(separatedBy: "aria-label=\"Done\"").count - 1 == 67)
        #expect(rendered.components(separatedBy: "aria-label=\"Not done\"").count - 1 == 133)
        #expect(rendered.hasSuffix("<li><input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> to do 199</li>\n</ul>\n"))
    }

    /// Raw HTML can put a combining mark just after a box: the box's last character is then
    /// another `Character`, and the box is left as it was, as a replacement of characters leaves it.
    @Test func labelsRawHTMLBoxesAsCharactersAre() {
        let raw = MarkdownOptions(allowRawHTML: true)
        let box = "<input type=\"checkbox\" disabled=\"\" />"
        #expect(MarkdownDocument(parsing: "é\(box)\u{301} b\n", options: raw).renderHTML() == "<p>é\(box)\u{301} b</p>\n")
        #expect(MarkdownDocument(parsing: "é\(box) b\n", options: raw).renderHTML()
                == "<p>é<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> b</p>\n")
    }
}
