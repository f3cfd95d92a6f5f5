import HandbookModel

/// Measures each page's Flesch–Kincaid reading grade: a note per page, or a warning for a page
/// above the configured limit.
struct ReadingGradeChecker {
    let limit: Double

    func check(_ pages: [SitePath: ParsedPage]) -> [Diagnostic] {
        let sources = pages.keys.sorted()
        let scores = sources.concurrentMap { ReadabilityScore(measuring: pages[$0]!.linkedBody.plainText) }
        var diagnostics: [Diagnostic] = []
        for (source, score) in zip(sources, scores) {
            let page = pages[source]!
            guard score.words > 0 else { continue }
            let location = SourceLocation(file: page.displayPath, line: 1, column: 1)
            let grade = ReadabilityScore.gradeText(score.grade)
            if score.grade > limit {
                diagnostics.append(.warning(.readingGrade, at: location,
                                            "the page reads at grade \(grade) (Flesch–Kincaid), above the limit of \(ReadabilityScore.gradeText(limit)): use shorter sentences and plainer words"))
            } else {
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
