import HandbookModel

/// The step a full build and an update share.
extension SiteState {
    /// How many pages are linked, then rendered, at a time. A page's tree is parsed, linked and
    /// let go within its batch, and its body kept only until its batch is rendered, so the
    /// memory a build holds for pages is one batch's.
    static let batchSize = 256

    /// The pages that list what other pages do: they are rendered once every page is linked.
    static let listingPages = [GeneratedPages.glossary, GeneratedPages.sources]

    /// Links `relinked` pages again and renders them, batch by batch in the print page's order
    /// (so a state that writes as it renders writes the print chapters as they come); then the
    /// glossary page when which pages use which terms changed, the sources page when which
    /// sources are cited did, and the site-wide files. Checks the links templates write, and
    /// gathers every diagnostic. A page's outline is known from its batch on; the links to
    /// anchors of pages whose outline was not known when they were linked are checked at the end.
    /// `tables`, when given, are the site's as `startTables` makes them.
    mutating func rebuild(_ relinked: Set<SitePath>, tables: BackgroundValue<Tables>? = nil) {
        // The referencer's tables and the paths of the site's files are made on another thread
        // while the renderer's context is made here.
        let pendingTables = tables ?? Self.startTables(site: site, copiedFiles: copiedFiles, templates: templates)
        let termUsesBefore = termUses
        var citationsChanged = false
        // What an update cannot change (titles, addresses, the outline) is made once.
        let firstRenderer = makeRenderer()
        pageContext = firstRenderer?.context
        writesPrintPage = firstRenderer?.writesPrintPage ?? false
        // The print page's writer, its shell (which lists every chapter) and the chapters' numbers
        // are needed once the first batch is linked: a state that writes makes them on another
        // thread meanwhile. (It is not updated, so it keeps no memo of the shell.)
        var pendingPrint: BackgroundValue<(writer: PrintPageWriter, shell: PrintPageAssembly, numbers: [Int])>?
        if writesPrintPage, printWriter == nil, writer != nil, let renderer = firstRenderer {
            let pages = site.pages
            pendingPrint = BackgroundValue {
                let printWriter = renderer.printPageWriter()
                let headings = renderer.printOrder.map { renderer.printChapter(for: pages[$0]!, writer: printWriter) }
                return (printWriter, renderer.printShell(headings), headings.map(\.number))
            }
        } else if writesPrintPage, printWriter == nil {
            printWriter = firstRenderer?.printPageWriter()
        }
        // So are the site-wide files that linking does not change (see `SiteRenderer.outlineFiles`).
        let pendingOutlineFiles = writer == nil ? nil : firstRenderer.map { renderer in
            BackgroundValue { var sitemaps = Memo<[SitemapWriter.Entry], String>(); return renderer.outlineFiles(sitemaps: &sitemaps) }
        }
        let printOrder = firstRenderer?.printOrder ?? []
        let ordered = printOrder.filter(relinked.contains) + relinked.subtracting(printOrder).sorted()

        // A build writes the site only when the stages before linking found no error: with one,
        // the site will not be swapped in. (Errors found later throw away what was written.)
        let foundErrors = fixedDiagnostics.hasErrors || site.pageDiagnostics.values.contains { $0.hasErrors }
        let output = firstRenderer == nil || foundErrors ? nil : writer
        output?.open()
        // The folders the pages' folders go in; each page makes its own as it is written.
        output?.makeFolders(for: site.pages.values.map { SitePath($0.address.outputPath.directory) })
        var printShell: PrintPageAssembly?
        var printStream: PrintPageStream?
        func takeShell() {
            guard let made = pendingPrint?.value else { return }
            printWriter = made.writer
            printShell = made.shell
            printStream = output.map { PrintPageStream(shell: made.shell, numbers: made.numbers, into: $0) }
            pendingPrint = nil
        }

        renderedPaths = []
        if outcomes.isEmpty {
            // A full build fills these page by page: made large enough at once, they do not grow
            // (each growth rehashing every entry) on the thread that merges the batches.
            outcomes.reserveCapacity(ordered.count)
            searchEntries.reserveCapacity(ordered.count)
            missingTargets.reserveCapacity(ordered.count + copiedFiles.count)
            chapterMissingTargets.reserveCapacity(ordered.count)
            renderedPaths.reserveCapacity(ordered.count + copiedFiles.count)
        }
        let batches = Self.batches(of: ordered)
        let (referencer, known) = pendingTables.value
        var pendingAnchors: BackgroundValue<AnchorProblems>?
        var madeTerms: BackgroundValue<String>?
        let uses = UseIndexQueue(taking: &references)
        for (index, batch) in batches.enumerated() {
            citationsChanged = link(batch, with: referencer, uses: uses) || citationsChanged
            measureReadingGrades(batch)
            takeShell()
            var rendered = batch.filter { !Self.listingPages.contains($0) }
            if index == batches.count - 1 {
                uses.finish(into: &references)
                // Every page is linked: a build makes the search index's terms while the last
                // batch renders.
                if writer != nil, let renderer = makeRenderer(links: firstRenderer?.crossReferences.links), renderer.writesSearch {
                    madeTerms = renderer.startSearchTerms()
                }
                // Every page is linked, so every anchor is known: what is pending is checked on
                // another thread while the last batch renders.
                pendingAnchors = startPendingAnchorChecks(ordered, linkedPages: referencer.linkedPages)
                // Every page is linked: the listing pages can be rendered, with the last batch
                // (first, as they take longest).
                rendered = Self.listingPages.filter { site.pages[$0] != nil }.filter { source in
                    relinked.contains(source) || (source == GeneratedPages.glossary ? termUses != termUsesBefore : citationsChanged)
                } + rendered
            }
            render(rendered, checkingAgainst: known, writingTo: output, printStream: &printStream,
                   links: firstRenderer?.crossReferences.links)
        }
        uses.finish(into: &references)
        // Every page's search entry is made: the search files, the longest of the site-wide
        // files to make, are made on another thread from now on.
        let search = makeRenderer(links: firstRenderer?.crossReferences.links)?.startSearchFiles(entries: searchEntries, termUses: termUses,
                                                                  terms: memos.searchTerms, madeTerms: madeTerms,
                                                                  inPieces: writer != nil)
        // The index links go by gets the pages' outlines once, not batch by batch: it then
        // shares the site's pages (the referencer keeps the index it was made with).
        site.index.pages = site.pages
        finishPendingAnchorChecks(pendingAnchors ?? startPendingAnchorChecks(ordered, linkedPages: referencer.linkedPages))
        references.unresolvedDestinations = outcomes.values.reduce(into: []) { $0.formUnion($1.unresolved) }
        takeShell()
        printStream?.finish()
        finish(writingTo: output, printShell: printShell, paths: known, search: search, outlineFiles: pendingOutlineFiles)
    }

    /// The link stage's tables, and the paths of every file of the site.
    typealias Tables = (referencer: CrossReferencer, known: OutputPaths)

    /// `Tables`, made on another thread. The site-wide files are made last, but where they go is
    /// known from the start.
    static func startTables(site: ParsedSite, copiedFiles: [OutputFile], templates: TemplateSet?) -> BackgroundValue<Tables> {
        let (index, glossary, register) = (site.index, site.glossary, site.register)
        let basePath = site.configuration?.baseURL.path ?? "/"
        let (pages, siteFilePaths) = (site.pages, templates.map(SiteRenderer.siteFilePaths) ?? [])
        return BackgroundValue {
            (referencer: CrossReferencer(index: index, glossary: glossary, register: register, basePath: basePath),
             known: OutputPaths(pages.values.map(\.address.outputPath.rawValue) + copiedFiles.map(\.path.rawValue)
                 + siteFilePaths.map(\.rawValue)))
        }
    }

    /// `pages` cut into batches of at most `batchSize`, all of about the same size: the last
    /// batch is rendered with the listing pages, the slowest pages to render, and a last batch
    /// of a handful of pages left one core idle while the other rendered them.
    static func batches(of pages: [SitePath]) -> [[SitePath]] {
        let count = (pages.count + batchSize - 1) / batchSize
        return (0..<count).map { Array(pages[$0 * pages.count / count..<($0 + 1) * pages.count / count]) }
    }

    /// Every diagnostic, the site-wide files, and the check of the links templates write.
    /// `paths` are the paths of every file of the site; `search`, the search files being made
    /// (nil when the site cannot be rendered); `outlineFiles`, those being made, if any.
    private mutating func finish(writingTo output: StagedSite?, printShell: PrintPageAssembly?, paths: OutputPaths,
                                 search: BackgroundValue<SiteRenderer.SearchFiles>?, outlineFiles: BackgroundValue<[OutputFile]>?) {
        var diagnostics = fixedDiagnostics + site.pageDiagnostics.values.joined() + outcomes.values.flatMap(\.diagnostics)
        diagnostics += CrossReferenceChecker().check(references, pages: site.pages, register: site.register,
                                                     glossary: site.glossary)
        diagnostics += gradeDiagnostics.values.joined()
        // The search files are started whenever there is a renderer (see `rebuild`).
        guard let renderer = makeRenderer(), let search else {
            self.diagnostics = diagnostics.sorted()
            return
        }
        siteFiles = renderer.renderSiteFiles(search: search, outlineFiles: outlineFiles?.value, memos: &memos,
                                             reporting: &diagnostics)
        // Written on the staged site's queue while the links the templates wrote are checked.
        output?.writeLater(siteFiles)
        var printShell = printShell
        if writer == nil, let made = renderer.printPage(chapters: chapters, shells: &memos.printShell) {
            printShell = made.shell
            printPage = made.file
        }
        diagnostics += checkLinks(printShell: printShell, renderer: renderer, paths: paths)
        renderedPaths.formUnion(siteFiles.map(\.path) + (writesPrintPage ? [PrintPageWriter.outputPath] : []))
        self.diagnostics = diagnostics.sorted()
    }

    /// A renderer for the site as linked so far; nil without a configuration or templates.
    private func makeRenderer(links: PageLinks? = nil) -> SiteRenderer? {
        guard let configuration = site.configuration, let templates else { return nil }
        return SiteRenderer(configuration: configuration, templates: templates, navigation: navigation,
                            site: site, references: references, context: pageContext, links: links)
    }

    /// Parses `batch` from the files (trees are not kept after parsing, and linking edits a tree),
    /// links it, and puts the outcomes in the site's cross-references in place of the old ones
    /// (the pages' uses of terms and sources in `uses`).
    /// Of each tree, only what rendering needs is kept, and the page's outline, in the site's
    /// pages. True when the sources a page cites changed.
    private mutating func link(_ batch: [SitePath], with referencer: CrossReferencer, uses: UseIndexQueue) -> Bool {
        var citationsChanged = false
        var changes: [(old: PageLinkOutcome?, new: PageLinkOutcome)] = []
        for (source, (page, outcome, body)) in zip(batch, parseAndLink(batch, with: referencer)) {
            if outcomes[source]?.linkedTerms != outcome.linkedTerms { termUses += 1 }
            if outcomes[source].map({ Set($0.numbering.citedKeys) }) != Set(outcome.numbering.citedKeys) {
                citationsChanged = true
            }
            changes.append((outcomes[source], outcome))
            references.citations[source] = outcome.numbering
            outcomes[source] = outcome
            bodies[source] = body
            site.pages[source] = page
        }
        // A state that writes as it renders is never updated, so it never reads a page's file
        // again once the page is linked: letting the files go, batch by batch, keeps the build's
        // memory from holding every page's Markdown to the end.
        if writer != nil { for source in batch { sources.markdown[source] = nil } }
        // Which pages use which terms and sources is kept on a queue of its own.
        uses.replace(changes)
        return citationsChanged
    }

    /// `batch` parsed and linked in parallel: each page with its outline (and no body), its
    /// outcome and its linked body.
    private func parseAndLink(_ batch: [SitePath], with referencer: CrossReferencer)
        -> [(ParsedPage, PageLinkOutcome, LinkedBody)] {
        let parser = PageParser(options: site.markdownOptions)
        let pages = site.pages, files = sources.markdown
        return batch.concurrentMap { source in
            let page = parser.parseForLinking(pages[source]!, from: files[source]!)
            let outcome = referencer.link(page)
            return (page.withoutBody, outcome, LinkedBody(linked: page.markdown.document))
        }
    }

    /// The reading grades of `batch`, just linked (when `options.checksReadingGrades`, and the
    /// site can be rendered: with no configuration or templates, that is the problem to fix).
    private mutating func measureReadingGrades(_ batch: [SitePath]) {
        guard options.checksReadingGrades, let configuration = site.configuration, templates != nil else { return }
        let pages = site.pages, bodies = self.bodies
        let found = ReadingGradeChecker(limit: configuration.readingGradeLimit)
            .check(Dictionary(uniqueKeysWithValues: batch.map { ($0, pages[$0]!.withLinkedBody(bodies[$0]!)) }))
        let byFile = Dictionary(grouping: found, by: \.location.file)
        for source in batch { gradeDiagnostics[source] = byFile[pages[source]!.displayPath] ?? [] }
    }

    /// Renders `sources` in parallel (also when there are errors, so the links templates write
    /// are checked too), with the site as linked so far; keeps their files and chapters or
    /// writes them to `output`. Lets their bodies go, but the listing pages'. `links` are the
    /// links to pages, which stay the same through a rebuild.
    private mutating func render(_ sources: [SitePath], checkingAgainst known: OutputPaths, writingTo output: StagedSite?,
                                 printStream: inout PrintPageStream?, links: PageLinks?) {
        guard !sources.isEmpty, let renderer = makeRenderer(links: links) else { return }
        let pages = sources.map { site.pages[$0]!.withLinkedBody(bodies[$0]!) }
        for source in sources where !Self.listingPages.contains(source) { bodies[source] = nil }
        let printWriter = self.printWriter
        let keepsFiles = writer == nil
        let basePath = renderer.configuration.baseURL.path
        let rendered = pages.concurrentMap { page in
            let values = renderer.pageValues(for: page)
            let (file, checked) = renderer.renderPage(page, values: values)
            var rendered = RenderedPage(file: file, path: file.path,
                                        missingTargets: TemplateLinkChecker.missingTargets(in: file, skipping: checked, paths: known,
                                                                                           basePath: basePath))
            if let printWriter {
                // The chapter's links are checked before they are made to point into the print
                // page: those that change point to pages, and those that do not stay as they are.
                let (html, checked) = renderer.printChapterHTML(values: values)
                rendered.chapter = renderer.printChapter(for: page, html: html, writer: printWriter)
                rendered.chapterMissingTargets = TemplateLinkChecker.missingTargets(inHTML: html, skipping: checked, paths: known,
                                                                                    basePath: basePath)
            }
            if renderer.writesSearch { rendered.searchEntry = renderer.searchEntry(for: page) }
            return rendered
        }
        // The batch's files are written on the staged site's queue while the next batch is made.
        output?.writeLater(rendered.compactMap(\.file))
        // The listing pages' chapters are the print page's last.
        var listed: [PrintPageWriter.Chapter] = [], streamed: [PrintPageWriter.Chapter] = []
        for (source, page) in zip(sources, rendered) {
            pageFiles[source] = keepsFiles ? page.file : nil
            searchEntries[source] = page.searchEntry
            missingTargets[page.path] = page.missingTargets
            chapterMissingTargets[source] = page.chapterMissingTargets
            renderedPaths.insert(page.path)
            if keepsFiles {
                chapters[source] = page.chapter
            } else if let chapter = page.chapter {
                if Self.listingPages.contains(source) { listed.append(chapter) } else { streamed.append(chapter) }
            }
        }
        printStream?.add(streamed + listed)
    }
}
