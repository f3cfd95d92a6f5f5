import Testing
import HandbookMarkdown

@Suite struct CalloutTests {
    private func html(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown).renderHTML()
    }

    @Test(arguments: CalloutKind.allCases)
    func everyKindRendersAsAnAsideWithItsTitle(kind: CalloutKind) {
        let expected = """
            <div class="callout callout-\(kind.rawValue)" role="note" aria-label="\(kind.title)">
            <p class="callout-title">\(kind.title)</p>
            <p>Body text.</p>
            </div>
            """
        #expect(html("> \(kind.marker)\n> Body text.\n") == expected + "\n")
    }

    @Test func kindsAndTitles() {
        #expect(CalloutKind.allCases.map(\.title) == ["Myth", "Fact", "Tip", "When to ask for help", "Note", "Warning"])
        #expect(CalloutKind(marker: "[!Help]") == .help)
        #expect(CalloutKind(marker: "[!FOO]") == nil)
    }

    @Test func markerIsCaseInsensitiveAndMayStandAboveABlankLineAndRichContent() {
        let markdown = "> [!wArNiNg]\n>\n> Do **not** shake.\n>\n> - one\n> - two\n"
        let expected = """
            <div class="callout callout-warning" role="note" aria-label="Warning">
            <p class="callout-title">Warning</p>
            <p>Do <strong>not</strong> shake.</p>
            <ul>
            <li>one</li>
            <li>two</li>
            </ul>
            </div>
            """
        #expect(html(markdown) == expected + "\n")
    }

    @Test func markerAloneMakesACalloutWithOnlyItsTitle() {
        let expected = """
            <div class="callout callout-note" role="note" aria-label="Note">
            <p class="callout-title">Note</p>
            </div>
            """
        #expect(html("> [!NOTE]\n") == expected + "\n")
    }

    @Test func mythFollowedByFactIsWrappedTogether() {
        let markdown = "> [!MYTH]\n> Babies need silence to sleep.\n\n> [!FACT]\n> Steady noise can help.\n"
        let expected = """
            <div class="myth-fact">
            <div class="callout callout-myth" role="note" aria-label="Myth">
            <p class="callout-title">Myth</p>
            <p>Babies need silence to sleep.</p>
            </div>
            <div class="callout callout-fact" role="note" aria-label="Fact">
            <p class="callout-title">Fact</p>
            <p>Steady noise can help.</p>
            </div>
            </div>
            """
        #expect(html(markdown) == expected + "\n")
    }

    @Test func mythAndFactNotNextToEachOtherAreNotWrapped() {
        let separated = html("> [!MYTH]\n> a\n\nBetween.\n\n> [!FACT]\n> b\n")
        let reversed = html("> [!FACT]\n> a\n\n> [!MYTH]\n> b\n")
        let alone = html("> [!MYTH]\n> a\n\n> [!TIP]\n> b\n")
        for output in [separated, reversed, alone] {
            #expect(!output.contains("myth-fact"))
            #expect(output.components(separatedBy: "<div class=\"callout").count == 3)
        }
    }

    @Test func unknownMarkerOrTextAfterTheMarkerLeavesAPlainBlockQuote() {
        #expect(html("> [!FOO]\n> x\n") == "<blockquote>\n<p>[!FOO]\nx</p>\n</blockquote>\n")
        #expect(html("> [!TIP] inline\n") == "<blockquote>\n<p>[!TIP] inline</p>\n</blockquote>\n")
        #expect(html("> Plain *quote*.\n") == "<blockquote>\n<p>Plain <em>quote</em>.</p>\n</blockquote>\n")
    }

    @Test func calloutInsideAListAndQuoteInsideACallout() {
        let markdown = "- > [!TIP]\n  > Outer\n  >\n  > > Inner quote\n"
        let expected = """
            <ul>
            <li>
            <div class="callout callout-tip" role="note" aria-label="Tip">
            <p class="callout-title">Tip</p>
            <p>Outer</p>
            <blockquote>
            <p>Inner quote</p>
            </blockquote>
            </div>
            </li>
            </ul>
            """
        #expect(html(markdown) == expected + "\n")
    }

    @Test func headingsAndLinksInsideCalloutsAreStillFound() {
        let document = MarkdownDocument(parsing: "> [!HELP]\n> ## Call [111](tel:111)\n")
        #expect(document.headings.map(\.text) == ["Call 111"])
        #expect(document.links.map(\.position) == [MarkdownPosition(line: 2, column: 11)])
        document.setHeadingIDs(["call"])
        #expect(document.renderHTML().contains("<h2 id=\"call\">Call <a href=\"tel:111\">111</a></h2>\n</div>"))
    }
}
