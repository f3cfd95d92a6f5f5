import HandbookBuild
import HandbookModel
import Testing

/// Citations and glossary terms in table cells, through the whole pipeline on a site in memory.
/// A cell cannot hold the HTML they become, so a citation there is an error and a term there is
/// left as text (its first use in running text is linked instead).
@Suite struct TableCellLinkingTests {
    private func build(_ body: String) -> BuildResult {
        MemorySite.build([
            "/s/content/SUMMARY.md": "- [Home](index.md)\n- [Glossary](glossary/index.md)\n",
            "/s/content/index.md": "---\ntitle: H\ndescription: d\nreviewed: 2026-01-01\n---\n" + body,
            "/s/content/glossary/index.md": "---\ntitle: G\ndescription: d\nreviewed: 2026-01-01\n---\nWords.\n",
            "/s/content/glossary/secure-base.md": "---\nterm: secure base\n---\nA trusted carer.\n",
            "/s/seeds/a-2020.md": "---\ntitle: A\norganisation: O\npublished: 2020\nkind: article\n---\n",
        ])
    }

    private func html(_ result: BuildResult, _ path: String) -> String {
        result.text(of: path) ?? ""
    }

    @Test func aCitationInATableCellIsAnError() {
        let result = build("| Age | Sleep |\n| - | - |\n| 0–3 months | 14 h [@a-2020] |\n")
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "content/index.md:8:21: error: citations belong in running text, not in a heading, table cell, link or image",
        ])
    }

    @Test func aTermInATableCellStaysTextAndItsFirstUseInRunningTextIsLinked() {
        let result = build("| Who |\n| - |\n| a secure base |\n\nBe a secure base [@a-2020].\n")
        #expect(result.diagnostics.filter { $0.severity == .error } == [])
        let page = html(result, "index.html")
        #expect(page.contains("<td>a secure base</td>"))
        #expect(page.contains("<p>Be a <a class=\"glossary-term\" href=\"/glossary/#secure-base\""))
        #expect(page.contains("<sup class=\"citation\">"))
    }
}
