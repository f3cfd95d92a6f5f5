import HandbookModel

extension SiteState {
    /// Checks the links on the site-wide files, and looks among them for the targets that pages
    /// and chapters (checked as they were rendered) miss; then reports every file's findings
    /// together. The print page's findings are its shell's and its chapters'.
    mutating func checkLinks(printShell: PrintPageAssembly?, renderer: SiteRenderer) -> [Diagnostic] {
        let outputPaths = self.outputPaths
        let paths = OutputPaths(outputPaths.map(\.rawValue))
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
