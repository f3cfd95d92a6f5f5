import HandbookModel

/// Measures each page's Flesch–Kincaid reading grade: a note per page when asked for, and a
/// warning for a page above the configured limit.
struct ReadingGradeChecker {
    let limit: Double
    /// Whether to report every page's grade, not only the ones over the limit.
    let reportsEveryPage: Bool

    func check(_ pages: [SitePath: ParsedPage]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for source in pages.keys.sorted() {
            let page = pages[source]!
            let score = ReadabilityScore(measuring: page.document.plainText())
            guard score.words > 0 else { continue }
            let location = SourceLocation(file: page.displayPath, line: 1, column: 1)
            let grade = ReadabilityScore.gradeText(score.grade)
            if score.grade > limit {
                diagnostics.append(.warning(.readingGrade, at: location,
                                            "the page reads at grade \(grade) (Flesch–Kincaid), above the limit of \(ReadabilityScore.gradeText(limit)): use shorter sentences and plainer words"))
            } else if reportsEveryPage {
                diagnostics.append(Diagnostic(.note, .readingGrade, at: location,
                                              "reading grade \(grade) (Flesch–Kincaid; \(Self.count(score.words, "word")), \(Self.count(score.sentences, "sentence")))"))
            }
        }
        return diagnostics
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
