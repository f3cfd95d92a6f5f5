import Testing
import HandbookMarkdown

/// Link positions point at the `[`, `!`, `<` or first character of a bare autolink in the
/// source, with columns counted in Unicode scalars, wherever cmark's own columns go wrong.
@Suite struct LinkPositionTests {
    private func positions(_ markdown: String) -> [String] {
        MarkdownDocument(parsing: markdown).links.map { "\($0.position) \($0.destination)" }
    }

    @Test func severalLinksOnOneLine() {
        #expect(positions("Para [one](a) and [two](b), ![img](c) [one](d)\n")
            == ["1:6 a", "1:19 b", "1:29 c", "1:39 d"])
    }

    @Test func linksAfterSoftBreaks() {
        #expect(positions("First line\nsecond [a](a)\n  third [b](b)\n") == ["2:8 a", "3:9 b"])
    }

    @Test func linkWhoseTextEqualsItsDestinationIsNotMistakenForAnAutolink() {
        let links = MarkdownDocument(parsing: "> q\nlazy [c](c) c\n").links
        #expect(links.map(\.kind) == [.link])
        #expect(links.map(\.position) == [MarkdownPosition(line: 2, column: 6)])
    }

    @Test func linksInBlockQuotesIncludingLazyLines() {
        #expect(positions("> quote [a](a)\n> > deeper [b](b)\nlazy [c](c)\n") == ["1:9 a", "2:12 b", "3:6 c"])
    }

    @Test func linksInListItemsIncludingLazyLines() {
        let markdown = "- item [a](a)\n  more [b](b)\nlazy é [c](c)\n  1. nested [d](d)\n"
        #expect(positions(markdown) == ["1:8 a", "2:8 b", "3:8 c", "4:13 d"])
    }

    @Test func linkTextIsMatchedThroughEntitiesAndNonASCIILetters() {
        // After a tab cmark's column is off, so the link is told from the bracket before it by its text.
        #expect(positions("-\t[not a link] [Caf\u{E9} &amp; na\u{EF}ve 2](a)\n") == ["1:16 a"])
        #expect(positions("-\t[Caf\u{E9}] [Caf\u{E9} &amp; na\u{EF}ve](a)\n") == ["1:10 a"])
    }

    @Test func tabsCountAsOneColumn() {
        #expect(positions("-\titem [a](a)\n\tlazy\t[b](b)\n") == ["1:8 a", "2:7 b"])
    }

    @Test func nonASCIITextBeforeALinkCountsScalars() {
        #expect(positions("Ünïcödé 👶🏽 text [a](a)\n") == ["1:17 a"])
    }

    @Test func combiningAccentsCountAsTheirOwnScalars() {
        #expect(positions("Cafe\u{301} [a](a)\n") == ["1:7 a"])
    }

    @Test func referenceLinksAndBracketsThatAreNotLinks() {
        let markdown = "[ref] and [not a link] [x][ref] [y][] `[z](q)` [ref]\n\n[ref]: /r\n[y]: /y\n"
        #expect(positions(markdown) == ["1:1 /r", "1:24 /r", "1:33 /y", "1:48 /r"])
    }

    @Test func linkWhoseTextWrapsIsPlacedOnItsFirstLine() {
        #expect(positions("See [the long\nlink text](a) and [b](b)\n") == ["1:5 a", "2:19 b"])
    }

    @Test func imageInsideALink() {
        let links = MarkdownDocument(parsing: "x [![badge](b.svg)](https://ci) y\n").links
        #expect(links.map(\.kind) == [.link, .image])
        #expect(links.map(\.position.column) == [3, 4])
        #expect(links.map(\.text) == ["badge", "badge"])
    }

    @Test func autolinksOfEveryForm() {
        let markdown = "A <https://a.org> b www.example.com c https://c.org d mail@example.com\n"
        let links = MarkdownDocument(parsing: markdown).links
        #expect(links.map(\.kind) == [.autolink, .autolink, .autolink, .autolink])
        #expect(links.map(\.position.column) == [3, 21, 39, 55])
        #expect(links.map(\.destination) == [
            "https://a.org", "http://www.example.com", "https://c.org", "mailto:mail@example.com",
        ])
    }

    @Test func linkWhoseTextIsAURLIsStillALink() {
        let markdown = "[https://a.org](https://a.org) then https://a.org\n"
        let links = MarkdownDocument(parsing: markdown).links
        #expect(links.map(\.kind) == [.link, .autolink])
        #expect(links.map(\.position.column) == [1, 37])
    }

    @Test func openersInsideCodeSpansAreSkipped() {
        #expect(positions("`[x](y)` [x](z) `https://a.org` https://a.org\n") == ["1:10 z", "1:33 https://a.org"])
    }

    @Test func escapedBracketsAndDestinationsWithParentheses() {
        let markdown = "\\[no] [a](x_(y)) \\![b] ![c](z \"t (\") [d](e)\n"
        #expect(positions(markdown) == ["1:7 x_(y)", "1:24 z", "1:38 e"])
    }

    @Test func linksInTablesHeadingsAndFootnotes() {
        let markdown = """
            ## Head [h](h)

            | a | b |
            |---|---|
            | [c](c) | x [d](d) |

            Note[^1].

            [^1]: See [f](f).
            """
        #expect(positions(markdown) == ["1:9 h", "5:3 c", "5:14 d", "9:11 f"])
    }

    @Test func windowsLineEndings() {
        #expect(positions("a\r\nb [x](x)\r\n\r\n> c [y](y)\r\n") == ["2:3 x", "4:5 y"])
    }

    @Test func linkTextAndKindsAreReported() {
        let links = MarkdownDocument(parsing: "[**Bold** `code`](a) ![Alt *text*](b)\n").links
        #expect(links == [
            MarkdownLink(kind: .link, destination: "a", text: "Bold code", position: MarkdownPosition(line: 1, column: 1)),
            MarkdownLink(kind: .image, destination: "b", text: "Alt text", position: MarkdownPosition(line: 1, column: 22)),
        ])
    }
}
