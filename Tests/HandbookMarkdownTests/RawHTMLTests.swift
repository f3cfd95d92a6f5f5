import Testing
import HandbookMarkdown

/// Safe mode drops raw HTML and dangerous URLs; with raw HTML allowed, the tag filter still
/// neutralises `<script>` and the other tags GitHub disallows. Expected strings captured from
/// the `cmark-gfm` command, without and with `--unsafe`.
@Suite struct RawHTMLTests {
    private let markdown = """
        <script>alert(1)</script>

        Hi <b>bold</b> <script>x()</script> <em>ok</em>

        [click](javascript:alert(1))
        """

    @Test func safeModeOmitsRawHTMLAndDangerousURLs() {
        let expected = """
            <!-- raw HTML omitted -->
            <p>Hi <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> <!-- raw HTML omitted -->x()\
            <!-- raw HTML omitted --> <!-- raw HTML omitted -->ok<!-- raw HTML omitted --></p>
            <p><a href="">click</a></p>
            """
        let html = MarkdownDocument(parsing: markdown).renderHTML()
        #expect(html == expected + "\n")
        #expect(!html.contains("<script"))
    }

    @Test func allowedRawHTMLStillHasScriptFilteredOut() {
        let expected = """
            &lt;script>alert(1)&lt;/script>
            <p>Hi <b>bold</b> &lt;script>x()&lt;/script> <em>ok</em></p>
            <p><a href="javascript:alert(1)">click</a></p>
            """
        let html = MarkdownDocument(parsing: markdown, options: MarkdownOptions(allowRawHTML: true)).renderHTML()
        #expect(html == expected + "\n")
        #expect(!html.contains("<script"))
    }

    @Test func headingWithRawHTMLKeepsItWhenGivenAnID() {
        // The heading's node is freed when it gets its id; its raw HTML once pointed into it.
        let document = MarkdownDocument(parsing: "## Hello <em>x</em> and <b>y</b>\n\nText\n",
                                        options: MarkdownOptions(allowRawHTML: true))
        document.setHeadingIDs(["hello"])
        // Allocations that would reuse the freed bytes, as the rest of a build's do.
        let scratch = (0..<1000).map { [UInt8](repeating: UInt8(65 + $0 % 26), count: 40 + $0 % 64) }
        withExtendedLifetime(scratch) {
            #expect(document.renderHTML() == "<h2 id=\"hello\">Hello <em>x</em> and <b>y</b></h2>\n<p>Text</p>\n")
        }
    }

    @Test(arguments: ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "plaintext"])
    func tagFilterCoversEveryDisallowedTag(tag: String) {
        let options = MarkdownOptions(allowRawHTML: true)
        let html = MarkdownDocument(parsing: "x <\(tag)>y</\(tag)>\n", options: options).renderHTML()
        #expect(html == "<p>x &lt;\(tag)>y&lt;/\(tag)></p>\n")
    }

    @Test func calloutsAndHeadingIDsAreWrittenInSafeMode() {
        let html = MarkdownRenderer.renderHTML("# Title\n\n> [!TIP]\n> Rest.\n")
        #expect(html.hasPrefix("<h1 id=\"title\">Title</h1>\n<div class=\"callout callout-tip\""))
    }
}
