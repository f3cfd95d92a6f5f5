import HandbookBuild
import HandbookModel
import Testing

/// Citations through the whole pipeline on a site in memory: their markup, and where unknown
/// keys are reported when a line cites several times.
@Suite struct CitationResolverTests {
    private func build(_ body: String) -> BuildResult {
        MemorySite.build([
            "/s/content/SUMMARY.md": "- [Home](index.md)\n",
            "/s/content/index.md": "---\ntitle: H\ndescription: d\nreviewed: 2026-01-01\n---\n" + body,
            "/s/seeds/a-2020.md": "---\ntitle: A\norganisation: O\npublished: 2020\nkind: article\n---\n",
            "/s/seeds/c-2021.md": "---\ntitle: C\norganisation: O\npublished: 2021\nkind: article\n---\n",
        ])
    }

    /// Each unknown key is found on its line after the citations before it, so a key cited
    /// twice on one line is reported at each place.
    @Test func unknownKeysAreReportedWhereEachStands() {
        let result = build("Play [@a-2020] and [@b-2020] then [@a-2020; @b-2020, p. 3].\n")
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "content/index.md:6:21: error: unknown source 'b-2020' (did you mean 'a-2020'?)",
            "content/index.md:6:45: error: unknown source 'b-2020' (did you mean 'a-2020'?)",
        ])
    }

    @Test func citationsBecomeNumberedLinks() {
        let result = build("One [@a-2020], two [@c-2021; @a-2020, p. 3] and [@c-2021].\n")
        guard let page = result.text(of: "index.html") else {
            Issue.record("no page")
            return
        }
        #expect(page.contains("<p>One <sup class=\"citation\"><a href=\"#ref-1\" id=\"cite-1\" aria-label=\"Source 1\">1</a></sup>, two "
            + "<sup class=\"citation\"><a href=\"#ref-2\" id=\"cite-2\" aria-label=\"Source 2\">2</a>, "
            + "<a href=\"#ref-1\" aria-label=\"Source 1\">1</a></sup> and "
            + "<sup class=\"citation\"><a href=\"#ref-2\" aria-label=\"Source 2\">2</a></sup>.</p>"))
    }
}
