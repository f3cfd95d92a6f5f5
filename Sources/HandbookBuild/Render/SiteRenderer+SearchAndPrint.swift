import HandbookModel

/// The search index with the search page, and the whole-handbook print page: written when the
/// site's templates include `search`, and `print` with `print-chapter`.
extension SiteRenderer {
    var writesSearch: Bool { Self.writesSearch(templates) }
    var writesPrintPage: Bool { Self.writesPrintPage(templates) }

    static func writesSearch(_ templates: TemplateSet) -> Bool { templates.contains("search") }

    static func writesPrintPage(_ templates: TemplateSet) -> Bool {
        templates.contains("print") && templates.contains("print-chapter")
    }

    /// The pages of the print page, in its order: reading order, glossary and sources last.
    var printOrder: [SitePath] {
        PrintPageWriter.order(context.navigation.order).filter { site.pages[$0] != nil }
    }

    /// The numbers the print page gives its chapters, for `printChapter(for:writer:)`.
    func printPageWriter() -> PrintPageWriter {
        PrintPageWriter(chapterURLs: printOrder.compactMap { site.pages[$0]?.address.href(basePath: context.basePath) })
    }

    /// A page's print chapter as its template renders it (from its `pageValues`), before
    /// `printChapter(for:html:writer:)` makes its ids and links fit the print page; with where
    /// in its UTF-8 the links are checked already (see `renderPage`).
    func printChapterHTML(values: PageValues) -> (html: String, checked: [Range<Int>]) {
        let (html, body) = templates.renderMarkingBody(values, with: "print-chapter")
        return (html, checkedLinks(in: body))
    }

    /// A page as a chapter of the print page, its body already rendered as `html`; with no body,
    /// all the print page's shell needs of it.
    func printChapter(for page: ParsedPage, html: String = "", writer: PrintPageWriter) -> PrintPageWriter.Chapter {
        writer.chapter(title: page.frontMatter.title, url: page.address.href(basePath: context.basePath),
                       reviewed: page.frontMatter.reviewed.description,
                       reviewedText: page.frontMatter.reviewed.longText, html: html)
    }

    /// `print/index.html`, every page as a chapter, then the glossary and the sources; nil when
    /// the templates write no print page. The chapters' bodies are put in as the page is written.
    func printPage(chapters: [SitePath: PrintPageWriter.Chapter],
                   shells: inout Memo<[PrintPageWriter.Chapter], PrintPageAssembly>) -> (shell: PrintPageAssembly, file: OutputFile)? {
        guard writesPrintPage else { return nil }
        let ordered = printOrder.compactMap { chapters[$0] }
        let shell = printShell(ordered, shells: &shells)
        let bodies = Dictionary(ordered.map { ($0.number, $0.html) }) { first, _ in first }
        return (shell, OutputFile(PrintPageWriter.outputPath, .bytes(shell.page(bodies))))
    }

    /// The print page's shell, from its chapters in order (their bodies are not read).
    func printShell(_ ordered: [PrintPageWriter.Chapter],
                    shells: inout Memo<[PrintPageWriter.Chapter], PrintPageAssembly>) -> PrintPageAssembly {
        let marked = Self.markedChapters(ordered)
        return shells.value(for: marked) { printShell(marked: marked) }
    }

    /// The print page's shell, made again whatever was made before: for a build that makes it once.
    func printShell(_ ordered: [PrintPageWriter.Chapter]) -> PrintPageAssembly {
        printShell(marked: Self.markedChapters(ordered))
    }

    private func printShell(marked: [PrintPageWriter.Chapter]) -> PrintPageAssembly {
        var values = extraPage(path: "print/", title: "The whole handbook",
                               description: "Every page of \(configuration.title) on one page, ready to print.")
        values.chapters = PrintPageWriter.values(marked)
        return PrintPageAssembly(shell: templates.render(values, with: "print"))
    }

    /// The chapters with a marker in place of each body, where the body goes in the shell.
    private static func markedChapters(_ ordered: [PrintPageWriter.Chapter]) -> [PrintPageWriter.Chapter] {
        ordered.map { chapter in
            var marked = chapter
            marked.html = Array(PrintPageAssembly.marker(chapter.number).utf8)
            return marked
        }
    }

    /// A page's entry in the search index, as JSON.
    func searchEntry(for page: ParsedPage) -> String {
        let headings = zip(page.headings, page.headingIDs).map { (level: $0.level, text: $0.text, id: $1) }
        let writer = SearchIndexWriter()
        return writer.fragment(writer.page(title: page.frontMatter.title, url: page.address.href(basePath: context.basePath),
                                           description: page.frontMatter.description, headings: headings,
                                           texts: [page.linkedBody.plainText, generatedText(on: page.source)]))
    }

    /// `search-index.json` and `search/index.html`, with a warning when the index is over budget.
    /// `inPieces` keeps the index in its pieces (for a build, which writes it once); otherwise it
    /// is one text (for the preview, which compares it with the last one after every edit).
    func searchFiles(entries: [SitePath: String], termUses: Int, terms: inout Memo<Int, String>,
                     madeTerms: BackgroundValue<String>? = nil, inPieces: Bool = false,
                     reporting diagnostics: inout [Diagnostic]) -> [OutputFile] {
        guard writesSearch else { return [] }
        let writer = SearchIndexWriter()
        let sources = searchOrder
        let json = writer.jsonPieces(pageFragments: sources.compactMap { entries[$0] },
                                     termsFragment: terms.value(for: termUses) { madeTerms?.value ?? writer.fragment(searchTerms(sources)) })
        if let warning = writer.budgetWarning(size: json.reduce(0) { $0 + $1.utf8.count }, budget: configuration.searchIndexBudget) {
            diagnostics.append(warning)
        }
        let page = extraPage(path: "search/", title: "Search",
                             description: "Search \(configuration.title) for a word or a question.")
        return [OutputFile(SearchIndexWriter.outputPath, inPieces ? .pieces(json) : .text(json.joined())),
                OutputFile(SearchIndexWriter.pagePath, templates.render(page, with: "search"))]
    }

    /// The index's terms as JSON (see `searchFiles`), made on another thread: they need every
    /// page linked, not rendered, so a build makes them while its last batch renders.
    func startSearchTerms() -> BackgroundValue<String> {
        BackgroundValue { [self] in SearchIndexWriter().fragment(searchTerms(searchOrder)) }
    }

    /// The pages in the index's order, reading order.
    private var searchOrder: [SitePath] { context.navigation.order.filter { site.pages[$0] != nil } }

    /// The glossary's terms, each with the pages (`sources`, in reading order) that use it.
    private func searchTerms(_ sources: [SitePath]) -> [SearchIndex.Term] {
        let position = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1, $0) })
        let glossaryURL = site.pages[GeneratedPages.glossary]?.address
        return site.glossary.alphabetical.map { entry in
            let slug = entry.term.slug
            let users = (crossReferences.references.mentions[slug] ?? []).compactMap { position[$0] }.sorted()
            return SearchIndex.Term(term: entry.term.term, aliases: entry.term.aliases,
                                    url: glossaryURL?.href(basePath: context.basePath, fragment: slug) ?? "",
                                    shortDefinition: entry.term.shortDefinition, pages: users)
        }
    }

    /// The text the build adds to the glossary page (the definitions) and the sources page (the
    /// sources' titles, creators and notes), so search finds it there.
    private func generatedText(on source: SitePath) -> String {
        switch source {
        case GeneratedPages.glossary:
            return site.glossary.alphabetical.map { $0.definition.document.plainText() }.joined(separator: "\n\n")
        case GeneratedPages.sources:
            return site.register.records.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { site.register.records[$0] }
                .map { ([$0.title] + $0.authors + [$0.organisation ?? "", $0.publisher ?? "", $0.notes]).joined(separator: " ") }
                .joined(separator: "\n\n")
        default:
            return ""
        }
    }
}
