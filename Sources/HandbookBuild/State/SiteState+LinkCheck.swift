import HandbookModel

extension SiteState {
    /// Checks the links on the site-wide files, and looks among them for the targets that pages
    /// and chapters (checked as they were rendered) miss; then reports every file's findings
    /// together. The print page's findings are its shell's and its chapters'.
    /// `paths` are the paths of every file of the site (`outputPaths`).
    mutating func checkLinks(printShell: PrintPageAssembly?, renderer: SiteRenderer, paths: OutputPaths) -> [Diagnostic] {
        let basePath = renderer.configuration.baseURL.path
        let checked = siteFiles
        for (file, missing) in zip(checked, checked.concurrentMap { TemplateLinkChecker.missingTargets(in: $0, paths: paths, basePath: basePath) }) {
            missingTargets[file.path] = missing
        }
        if let printShell {
            // The output paths stay the same from one update to the next, so the shell's findings do too.
            missingTargets[PrintPageWriter.outputPath] = memos.printShellMissingTargets.value(for: printShell.shell) {
                TemplateLinkChecker.missingTargets(inHTML: printShell.shell, paths: paths, basePath: basePath)
            } + renderer.printOrder.flatMap { chapterMissingTargets[$0] ?? [] }
        }
        // Most sites miss nothing: then there is nothing to put in order.
        guard missingTargets.values.contains(where: { !$0.isEmpty }) else { return [] }
        let outputPaths = self.outputPaths
        let unparsed = site.index.unparsedPages.map { PageAddress(source: $0).href(basePath: basePath) }
        let checker = TemplateLinkChecker(basePath: basePath, templates: sources.templates,
                                          alreadyReported: references.unresolvedDestinations.union(unparsed))
        let missingTargets = self.missingTargets
        return checker.report(outputPaths.lazy.map { path in
            // What was missing among the pages and copied files may be a site-wide file.
            (path, (missingTargets[path] ?? []).filter { !paths.strings.contains(TemplateLinkChecker.target(of: $0, basePath: basePath)) })
        })
    }
}
