import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func rendersGFMFromStandardInput() throws {
        let markdown = """
            | a | b |
            |---|---|
            | 1 | 2 |

            - [x] done
            - [ ] todo

            Note[^1] and ~~old~~.

            [^1]: A footnote.

            <script>alert(1)</script>

            """
        let outcome = try BinaryRunner.run(["render"], input: markdown)
        #expect(outcome.status == 0)
        let html = outcome.standardOutput
        #expect(html.contains("<table>\n<thead>\n<tr>\n<th>a</th>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> done"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("class=\"footnotes\""))
        #expect(!html.contains("<script>"))
    }
}

@Suite struct NewCommandTests {
    @Test func createsAPageWithFrontMatterAndAddsItToTheOutline() throws {
        let site = CLIFixtures.copy(CLIFixtures.basicSite)
        let outcome = try BinaryRunner.run(["new", "tips/sleep.md", "--title", "Sleep \"well\"", "--reviewed", "2026-11-23", "--root", site])
        #expect(outcome.status == 0)
        let page = try String(contentsOfFile: site + "/content/tips/sleep.md", encoding: .utf8)
        #expect(page.hasPrefix("---\ntitle: \"Sleep \\\"well\\\"\"\ndescription: \"A one-sentence summary of this page.\"\nreviewed: 2026-11-23\n---\n"))
        let outline = try String(contentsOfFile: site + "/content/SUMMARY.md", encoding: .utf8)
        #expect(outline.hasSuffix("- [Sleep \"well\"](tips/sleep.md)\n"))
        // The new page builds.
        #expect(try BinaryRunner.run(["check", "--root", site]).status == 0)
        // It refuses to overwrite.
        let again = try BinaryRunner.run(["new", "tips/sleep.md", "--title", "Other", "--root", site])
        #expect(again.status == 1)
        #expect(again.standardError == "error: 'content/tips/sleep.md' already exists; choose another path\n")
    }
}
