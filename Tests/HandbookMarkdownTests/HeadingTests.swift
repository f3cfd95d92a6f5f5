import Testing
import HandbookMarkdown

@Suite struct HeadingTests {
    @Test func headingsInDocumentOrderWithPlainTextAndPositions() {
        let markdown = """
            # Sleep *and* `naps`

            Setext **title**
            ----------------

            > ### In a [quote](x) ![icon](i.png)
            - ## In a list
            """
        let headings = MarkdownDocument(parsing: markdown).headings
        #expect(headings == [
            MarkdownHeading(level: 1, text: "Sleep and naps", position: MarkdownPosition(line: 1, column: 1)),
            MarkdownHeading(level: 2, text: "Setext title", position: MarkdownPosition(line: 3, column: 1)),
            MarkdownHeading(level: 3, text: "In a quote ", position: MarkdownPosition(line: 6, column: 3)),
            MarkdownHeading(level: 2, text: "In a list", position: MarkdownPosition(line: 7, column: 3)),
        ])
    }

    @Test func headingColumnCountsATabAsOneColumn() {
        let headings = MarkdownDocument(parsing: "> é > ## not a heading\n\n>\t## Tabbed\n").headings
        #expect(headings.map(\.position) == [MarkdownPosition(line: 3, column: 3)])
    }

    @Test func idsRenderOnTheHeadingTagsInOrder() {
        let document = MarkdownDocument(parsing: "# One\n\nText\n\n## Two *2*\n\n- ### Three\n")
        document.setHeadingIDs(["one", "two", "three"])
        let expected = """
            <h1 id="one">One</h1>
            <p>Text</p>
            <h2 id="two">Two <em>2</em></h2>
            <ul>
            <li>
            <h3 id="three">Three</h3>
            </li>
            </ul>
            """
        #expect(document.renderHTML() == expected + "\n")
    }

    @Test func idIsEscapedForTheAttribute() {
        let document = MarkdownDocument(parsing: "# Q&A\n")
        document.setHeadingIDs(["q&a \"x\" <y>"])
        #expect(document.renderHTML() == "<h1 id=\"q&amp;a &quot;x&quot; &lt;y&gt;\">Q&amp;A</h1>\n")
    }

    @Test func idsCanBeSetAgain() {
        let document = MarkdownDocument(parsing: "## Two\n")
        document.setHeadingIDs(["first"])
        document.setHeadingIDs(["second"])
        #expect(document.renderHTML() == "<h2 id=\"second\">Two</h2>\n")
    }

    @Test func rendererSlugsHeadingsLikeGitHub() {
        let html = MarkdownRenderer.renderHTML("# Feeding\n\n## Feeding\n\n## Feeding-1\n\n### Émotions & tears 😢\n")
        let expected = """
            <h1 id="feeding">Feeding</h1>
            <h2 id="feeding-1">Feeding</h2>
            <h2 id="feeding-1-1">Feeding-1</h2>
            <h3 id="émotions--tears-">Émotions &amp; tears 😢</h3>
            """
        #expect(html == expected + "\n")
    }

    @Test func setextHeadingOnTwoLinesKeepsItsLineBreakAsTheBrowserDoes() {
        let document = MarkdownDocument(parsing: "Line one\nline two\n===\n")
        #expect(document.headings.map(\.text) == ["Line one\nline two"])
        var slugger = GitHubSlugger()
        #expect(slugger.slug(document.headings[0].text) == "line-oneline-two")
    }

    @Test func headingTextIncludesFootnoteNumbersAsTheBrowserShowsThem() {
        let document = MarkdownDocument(parsing: "# Sleep[^1]\n\n[^1]: Note.\n")
        #expect(document.headings.map(\.text) == ["Sleep1"])
    }
}
