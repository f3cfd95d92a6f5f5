import Foundation
import HandbookModel

/// Writes `search-index.json`, which the search box reads as the reader types: titles,
/// headings, descriptions and each page's distinct words, and the glossary's terms and aliases.
/// A glossary term or alias leads to its entry on the glossary page, and from there to the
/// pages that use it.
struct SearchIndexWriter {
    /// Where the index is written in the output.
    static let outputPath: SitePath = "search-index.json"
    /// The search page, which reads the index.
    static let pagePath: SitePath = "search/index.html"
    /// Words kept per page: far more than any page of the handbook has.
    static let wordLimit = 4_000

    /// A page's entry: `headings` as (level, text, id); only `h2` to `h4` are kept.
    func page(title: String, url: String, description: String, headings: [(level: Int, text: String, id: String)],
              text: String) -> SearchIndex.Page {
        page(title: title, url: url, description: description, headings: headings, texts: [text])
    }

    /// The same, with the page's text in parts, read as if joined by blank lines.
    func page(title: String, url: String, description: String, headings: [(level: Int, text: String, id: String)],
              texts: [String]) -> SearchIndex.Page {
        SearchIndex.Page(title: title, url: url, description: description,
                         headings: headings.filter { (2...4).contains($0.level) }.map { [$0.text, $0.id] },
                         words: SearchWords.distinctWordList(in: texts, limit: Self.wordLimit))
    }

    /// The index as compact JSON, its keys sorted so that two builds write the same bytes.
    func json(_ index: SearchIndex) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(index)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A warning when the index is larger than the configuration's budget.
    func budgetWarning(size: Int, budget: Int) -> Diagnostic? {
        guard size > budget else { return nil }
        return .warning(.searchIndexBudget, at: SourceLocation(file: SiteLayout.configurationFile),
                        "the search index '\(Self.outputPath)' is \(size) bytes, over the budget of \(budget) bytes: raise 'search_index_budget' or shorten the pages")
    }
}
