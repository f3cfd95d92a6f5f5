import HandbookBuild
import HandbookModel
import Testing

@Suite struct FrontMatterParserTests {
    private func parse(_ text: String) -> FrontMatterParser.Result {
        FrontMatterParser().parse(SourceFile(displayPath: "content/a.md", text: text))
    }

    @Test func readsTheRequiredAndOptionalFields() throws {
        let result = parse("---\ntitle: Play\ndescription: Games.\nreviewed: 2026-11-23\ndraft: true\nglossary: false\n---\nBody\n")
        #expect(result.diagnostics == [])
        let frontMatter = try #require(result.frontMatter)
        #expect(frontMatter.title == "Play")
        #expect(frontMatter.reviewed.description == "2026-11-23")
        #expect(frontMatter.isDraft)
        #expect(!frontMatter.linksGlossary)
        #expect(result.body == "Body\n")
        #expect(result.bodyFirstLine == 8)
    }

    @Test func reportsAMissingKeyAWrongTypeAndAnUnknownKeyAtTheirLines() {
        let result = parse("---\ndescription: [a, b]\nreviewed: 2026-02-30\ntitel: x\n---\n")
        #expect(result.frontMatter == nil)
        #expect(result.diagnostics.map(\.description).sorted() == [
            "content/a.md:1:1: error: missing required key 'title' (text)",
            "content/a.md:2:1: error: 'description' must be text, not a list",
            "content/a.md:3:1: error: 'reviewed' must be a date written YYYY-MM-DD, not '2026-02-30'",
            "content/a.md:4:1: warning: unknown key 'titel' (did you mean 'title'?)",
        ])
    }

    @Test func rejectsFilesWithoutOrWithUnclosedFrontMatter() {
        #expect(parse("Just text\n").diagnostics.map(\.code) == [.missingFrontMatter])
        #expect(parse("---\ntitle: x\n").diagnostics.map(\.code) == [.unclosedFrontMatter])
        #expect(parse("").diagnostics.map(\.code) == [.missingFrontMatter])
    }

    @Test func reportsInvalidYAMLAtItsLine() {
        let result = parse("---\ntitle: Play\ndescription: \"open\nreviewed: 2026-01-01\n---\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code == .invalidYAML)
        #expect((result.diagnostics.first?.location.line ?? 0) >= 3)
    }

    @Test func rejectsAFrontMatterThatIsNotAMapping() {
        #expect(parse("---\n- a\n- b\n---\n").diagnostics.map(\.description) ==
                ["content/a.md:2:1: error: expected a mapping of keys to values"])
    }

    @Test func rejectsABooleanDraftWrittenAsText() {
        let result = parse("---\ntitle: t\ndescription: d\nreviewed: 2026-01-01\ndraft: maybe\n---\n")
        #expect(result.diagnostics.map(\.description) == ["content/a.md:5:1: error: 'draft' must be true or false, not 'maybe'"])
    }
}
