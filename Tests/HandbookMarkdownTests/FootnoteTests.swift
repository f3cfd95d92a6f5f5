import Testing
import HandbookMarkdown

/// Footnotes render as the `cmark-gfm` command (0.29.0.gfm.6) renders them, and
/// `footnoteIDs` lists exactly the ids that output carries.
@Suite struct FootnoteTests {
    private let markdown = """
        Sleep[^safe] matters.[^safe] Feeding[^feed].

        [^safe]: Back to sleep.
        [^feed]: On demand.
        [^unused]: Dropped.
        """

    @Test func rendersLikeTheCommandLineTool() {
        let expected = """
            <p>Sleep<sup class="footnote-ref"><a href="#fn-safe" id="fnref-safe" data-footnote-ref>1</a></sup> \
            matters.<sup class="footnote-ref"><a href="#fn-safe" id="fnref-safe-2" data-footnote-ref>1</a></sup> \
            Feeding<sup class="footnote-ref"><a href="#fn-feed" id="fnref-feed" data-footnote-ref>2</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-safe">
            <p>Back to sleep. <a href="#fnref-safe" class="footnote-backref" data-footnote-backref \
            aria-label="Back to content">↩</a> <a href="#fnref-safe-2" class="footnote-backref" \
            data-footnote-backref aria-label="Back to content">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            <li id="fn-feed">
            <p>On demand. <a href="#fnref-feed" class="footnote-backref" data-footnote-backref \
            aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>
            """
        #expect(MarkdownDocument(parsing: markdown).renderHTML() == expected + "\n")
    }

    @Test func idsOfDefinitionsAndEveryReference() {
        #expect(MarkdownDocument(parsing: markdown).footnoteIDs == ["fn-safe", "fnref-safe", "fnref-safe-2", "fn-feed", "fnref-feed"])
    }

    @Test func idsUseTheDefinitionsLabelEscapedAsCmarkEscapesIt() {
        let markdown = "A[^Note] B[^a&b] C[^ü] D[^x\"y]\n\n[^note]: n\n[^a&b]: a\n[^ü]: u\n[^x\"y]: x\n"
        let document = MarkdownDocument(parsing: markdown)
        #expect(document.footnoteIDs == [
            "fn-note", "fnref-note", "fn-a&b", "fnref-a&b", "fn-%C3%BC", "fnref-%C3%BC", "fn-x%22y", "fnref-x%22y",
        ])
        let html = document.renderHTML()
        #expect(html.contains("<li id=\"fn-note\">"))
        #expect(html.contains("id=\"fnref-a&amp;b\""))
        #expect(html.contains("<li id=\"fn-%C3%BC\">"))
    }

    /// The `id` attributes in some HTML, entities decoded as the browser decodes them.
    private func renderedIDs(_ html: String) -> Set<String> {
        let values = html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        return Set(values.map { $0.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#x27;", with: "'") })
    }

    @Test func idsMatchTheRenderedIDAttributes() {
        let document = MarkdownDocument(parsing: markdown)
        #expect(renderedIDs(document.renderHTML()) == document.footnoteIDs)
    }

    @Test func definitionsWrittenInEveryFormMatchTheRenderedIDs() {
        let markdown = """
            x[^ab] [^c] [^d] [^e] [^it's] [^ab]

            [^ab]:
                one

            > [^c]: quoted

            - [^d]:   listed
              more

            [^e]: *em*

                code
            	[^it's]:	Tabbed
            """
        let document = MarkdownDocument(parsing: markdown)
        #expect(document.footnoteIDs.count == 11)
        #expect(renderedIDs(document.renderHTML()) == document.footnoteIDs)
    }

    @Test func noFootnotesNoIDs() {
        #expect(MarkdownDocument(parsing: "Text[^missing] and [^].\n").footnoteIDs.isEmpty)
    }
}
