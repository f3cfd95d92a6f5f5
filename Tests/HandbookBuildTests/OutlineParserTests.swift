import HandbookBuild
import HandbookModel
import Testing

@Suite struct OutlineParserTests {
    private func parse(_ text: String) -> (Outline, [Diagnostic]) {
        OutlineParser().parse(SourceFile(displayPath: "content/SUMMARY.md", text: text))
    }

    @Test func readsNestingFromIndentation() {
        let (outline, diagnostics) = parse("""
            # Summary

            - [Home](index.md)
            - [Tips](tips/index.md)
              - [Play](tips/play.md)
                - [Games](tips/games.md)
              * [Sleep](tips/sleep.md)
            - [About](about.md)
            """)
        #expect(diagnostics == [])
        #expect(outline.entries.map(\.title) == ["Home", "Tips", "About"])
        #expect(outline.entries[1].children.map(\.target) == ["tips/play.md", "tips/sleep.md"])
        #expect(outline.entries[1].children[0].children.map(\.title) == ["Games"])
        #expect(outline.flattened.map(\.title) == ["Home", "Tips", "Play", "Games", "Sleep", "About"])
    }

    @Test func reportsSyntaxErrorsAndDuplicatesAtTheirLines() {
        let (_, diagnostics) = parse("- [Home](index.md)\nsome prose\n- [Again](./index.md)\n- [Up](../x.md)\n")
        #expect(diagnostics.map(\.description) == [
            "content/SUMMARY.md:2:1: error: expected a list item linking to a page, like '- [Title](page.md)'",
            "content/SUMMARY.md:3:11: error: the outline lists 'index.md' twice (first at line 1)",
            "content/SUMMARY.md:4:8: error: the outline must link to a Markdown file inside 'content/', not '../x.md'",
        ])
    }

    @Test func handlesDeepNestingWithoutRecursionLimits() {
        let text = (0..<200).map { String(repeating: "  ", count: $0) + "- [P\($0)](p\($0).md)" }.joined(separator: "\n")
        let (outline, diagnostics) = parse(text)
        #expect(diagnostics == [])
        #expect(outline.flattened.count == 200)
    }
}
