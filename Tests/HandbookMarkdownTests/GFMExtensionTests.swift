import Testing
import HandbookMarkdown

/// Tables, task lists, strikethrough and autolinks come out exactly as the `cmark-gfm` command
/// (0.29.0.gfm.6, `-e table -e strikethrough -e autolink -e tagfilter -e tasklist -e footnotes`)
/// writes them. The expected strings were captured from that command.
@Suite struct GFMExtensionTests {
    private func html(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown).renderHTML()
    }

    @Test func tableWithAlignmentAndEscapedPipe() {
        let markdown = """
            | Age | Sleep |
            |:----|------:|
            | 0–3 months | 14–17 h |
            | 4–11 months | 12–15 h \\| naps |
            """
        let expected = """
            <table>
            <thead>
            <tr>
            <th align="left">Age</th>
            <th align="right">Sleep</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">0–3 months</td>
            <td align="right">14–17 h</td>
            </tr>
            <tr>
            <td align="left">4–11 months</td>
            <td align="right">12–15 h | naps</td>
            </tr>
            </tbody>
            </table>
            """
        #expect(html(markdown) == expected + "\n")
    }

    @Test func taskList() {
        let markdown = """
            - [ ] Pack the nappy bag
            - [x] Book the check-up
              - [ ] nested
            """
        let expected = """
            <ul>
            <li><input type="checkbox" disabled="" aria-label="Not done" /> Pack the nappy bag</li>
            <li><input type="checkbox" checked="" disabled="" aria-label="Done" /> Book the check-up
            <ul>
            <li><input type="checkbox" disabled="" aria-label="Not done" /> nested</li>
            </ul>
            </li>
            </ul>
            """
        #expect(html(markdown) == expected + "\n")
    }

    @Test func orderedTaskListAndBracketsThatAreNotATask() {
        let expected = """
            <ol>
            <li><input type="checkbox" checked="" disabled="" aria-label="Done" /> done</li>
            <li>not a task [ ]</li>
            </ol>
            """
        #expect(html("1. [X] done\n2. not a task [ ]\n") == expected + "\n")
    }

    @Test func strikethroughWithOneOrTwoTildesButNotThree() {
        let markdown = "Never ~~shake~~ a baby. ~Single~ tildes too; ~~~three~~~ not.\n"
        let expected = "<p>Never <del>shake</del> a baby. <del>Single</del> tildes too; ~~~three~~~ not.</p>\n"
        #expect(html(markdown) == expected)
    }

    @Test func autolinksForWWWURLsAndEmail() {
        let markdown = "Visit www.example.com/help, https://example.org/a?b=1. or mail help@example.com.\n"
        let expected = "<p>Visit <a href=\"http://www.example.com/help\">www.example.com/help</a>, "
            + "<a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a>. or mail "
            + "<a href=\"mailto:help@example.com\">help@example.com</a>.</p>\n"
        #expect(html(markdown) == expected)
    }

    @Test func noSourcePositionsInTheHTML() {
        #expect(!html("# Title\n\nText [link](x) and www.example.com\n").contains("data-sourcepos"))
    }
}
