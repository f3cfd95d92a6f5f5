import HandbookModel

/// Warnings about what nothing refers to: a source no page cites, a page that cites nothing
/// (the home, glossary and sources pages excepted), a glossary term no page uses.
struct CrossReferenceChecker {
    func check(_ references: CrossReferences, pages: [SitePath: ParsedPage], register: SourceRegister,
               glossary: Glossary) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in register.records.keys.sorted() where references.citedBy[key] == nil {
            diagnostics.append(.warning(.uncitedSource, at: register.records[key]!.location,
                                        "no page cites the source '\(key)'"))
        }
        let exempt: Set<SitePath> = [GeneratedPages.home, GeneratedPages.glossary, GeneratedPages.sources]
        // A site without source records does not use citations at all.
        let usesCitations = !register.allKeys.isEmpty
        for source in pages.keys.sorted()
        where usesCitations && !exempt.contains(source) && references.citations[source]?.hasCitations != true {
            diagnostics.append(.warning(.pageWithoutCitations, at: SourceLocation(file: pages[source]!.displayPath, line: 1, column: 1),
                                        "the page cites no source: cite what its guidance rests on, like [@key]"))
        }
        for entry in glossary.alphabetical where references.mentions[entry.term.slug] == nil {
            diagnostics.append(.warning(.unusedGlossaryTerm, at: entry.term.location,
                                        "no page uses the glossary term '\(entry.term.term)'"))
        }
        return diagnostics
    }
}
