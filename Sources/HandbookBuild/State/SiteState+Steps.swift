import HandbookModel

/// The two steps a full build and an update share.
extension SiteState {
    /// Links `pages` again (their Markdown must be freshly parsed: linking edits it), and puts
    /// their outcomes in the site's cross-references in place of the old ones.
    mutating func link(_ pages: Set<SitePath>) {
        let referencer = CrossReferencer(index: site.index, glossary: site.glossary, register: site.register,
                                         basePath: basePath)
        let ordered = pages.sorted()
        let site = self.site
        for (source, outcome) in zip(ordered, ordered.concurrentMap { referencer.link(site.pages[$0]!) }) {
            if outcomes[source]?.linkedTerms != outcome.linkedTerms { termUses += 1 }
            if let old = outcomes[source] { references.remove(old) }
            references.add(outcome)
            outcomes[source] = outcome
        }
        references.unresolvedDestinations = outcomes.values.reduce(into: []) { $0.formUnion($1.unresolved) }
    }

    /// Renders `rerendered` pages again (and measures the reading grade of `relinked` ones), then
    /// the site-wide files, checks the links templates write, and gathers every diagnostic.
    mutating func render(relinked: Set<SitePath>, rerendered: Set<SitePath>) {
        var diagnostics = fixedDiagnostics + site.pageDiagnostics.values.joined() + outcomes.values.flatMap(\.diagnostics)
        diagnostics += CrossReferenceChecker().check(references, pages: site.pages, register: site.register,
                                                     glossary: site.glossary)
        renderedPaths = []
        guard let configuration = site.configuration, let templates else {
            self.diagnostics = diagnostics.sorted()
            return
        }
        if options.checksReadingGrades {
            let checker = ReadingGradeChecker(limit: configuration.readingGradeLimit)
            let pages = site.pages
            let found = checker.check(Dictionary(uniqueKeysWithValues: relinked.map { ($0, pages[$0]!) }))
            let byFile = Dictionary(grouping: found, by: \.location.file)
            for source in relinked { gradeDiagnostics[source] = byFile[pages[source]!.displayPath] ?? [] }
            diagnostics += gradeDiagnostics.values.joined()
        }

        // Render (also when there are errors, so the links templates write are checked too)
        let renderer = SiteRenderer(configuration: configuration, templates: templates, navigation: navigation,
                                    site: site, references: references, context: pageContext)
        // What an update cannot change (titles, addresses, the outline) is made once.
        pageContext = renderer.context
        if renderer.writesPrintPage, printWriter == nil { printWriter = renderer.printPageWriter() }
        let printWriter = self.printWriter
        let ordered = rerendered.sorted()
        let site = self.site
        let rendered = ordered.concurrentMap { source in
            let page = site.pages[source]!
            let values = renderer.pageValues(for: page)
            return (renderer.renderPage(page, values: values), renderer.writesSearch ? renderer.searchEntry(for: page) : nil,
                    printWriter.map { renderer.printChapter(for: page, values: values, writer: $0) })
        }
        for (source, (file, entry, chapter)) in zip(ordered, rendered) {
            pageFiles[source] = file
            searchEntries[source] = entry
            chapters[source] = chapter
        }
        siteFiles = renderer.renderSiteFiles(entries: searchEntries, termUses: termUses, memos: &memos, reporting: &diagnostics)
        let printPage = renderer.printPage(chapters: chapters, shells: &memos.printShell)
        if let printPage { siteFiles.append(printPage.file) }

        diagnostics += checkLinks(written: ordered, printPage: printPage?.shell, renderer: renderer)
        renderedPaths = Set(ordered.compactMap { pageFiles[$0]?.path } + siteFiles.map(\.path))
        self.diagnostics = diagnostics.sorted()
    }

    /// Checks the links on the pages `written` again and on the site-wide files, keeping each
    /// file's findings, then reports every file's together. The print page's findings are its
    /// shell's and its chapters'.
    private mutating func checkLinks(written ordered: [SitePath], printPage: PrintPageAssembly?,
                                     renderer: SiteRenderer) -> [Diagnostic] {
        let files = self.files
        let paths = OutputPaths(files.map(\.path.rawValue))
        let basePath = renderer.configuration.baseURL.path
        let checked = ordered.compactMap { pageFiles[$0] } + siteFiles.filter { $0.path != PrintPageWriter.outputPath }
        for (file, missing) in zip(checked, checked.concurrentMap { TemplateLinkChecker.missingTargets(in: $0, paths: paths, basePath: basePath) }) {
            missingTargets[file.path] = missing
        }
        if let printPage {
            let chapters = self.chapters
            let rechecked = ordered.filter { chapters[$0] != nil }
            for (source, missing) in zip(rechecked, rechecked.concurrentMap { TemplateLinkChecker.missingTargets(inHTML: chapters[$0]!.html, paths: paths, basePath: basePath) }) {
                chapterMissingTargets[source] = missing
            }
            // The output paths stay the same from one update to the next, so the shell's findings do too.
            missingTargets[PrintPageWriter.outputPath] = memos.printShellMissingTargets.value(for: printPage.shell) {
                TemplateLinkChecker.missingTargets(inHTML: printPage.shell, paths: paths, basePath: basePath)
            } + renderer.printOrder.flatMap { chapterMissingTargets[$0] ?? [] }
        }
        let unparsed = site.index.unparsedPages.map { PageAddress(source: $0).href(basePath: basePath) }
        let checker = TemplateLinkChecker(basePath: basePath, templates: sources.templates,
                                          alreadyReported: references.unresolvedDestinations.union(unparsed))
        return checker.report(files.map { ($0.path, missingTargets[$0.path] ?? []) })
    }
}
