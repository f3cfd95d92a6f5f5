import Testing
import HandbookMarkdown

@Suite struct LinkDestinationTests {
    @Test func destinationsAreDecodedAsCmarkParsedThem() {
        let links = MarkdownDocument(parsing: "[a](<my page.md> \"t\") [b](x\\_y&amp;z) [c][r]\n\n[r]: /ref#top\n").links
        #expect(links.map(\.destination) == ["my page.md", "x_y&z", "/ref#top"])
    }

    @Test func rewrittenDestinationsRenderInPlaceOfTheOldOnes() {
        let document = MarkdownDocument(parsing: "[Sleep](sleep.md#naps) ![Cot](cot.png) <https://a.org> www.b.org\n")
        document.setLinkDestinations(["/sleep/#naps", "/images/cot.png", "https://a.org/x?a=1&b=2", "https://www.b.org"])
        let expected = "<p><a href=\"/sleep/#naps\">Sleep</a> <img src=\"/images/cot.png\" alt=\"Cot\" /> "
            + "<a href=\"https://a.org/x?a=1&amp;b=2\">https://a.org</a> <a href=\"https://www.b.org\">www.b.org</a></p>\n"
        #expect(document.renderHTML() == expected)
    }

    @Test func linksKeepTheirOriginalValuesAfterRewriting() {
        let document = MarkdownDocument(parsing: "[a](old)\n")
        document.setLinkDestinations(["new"])
        #expect(document.links.map(\.destination) == ["old"])
    }
}
