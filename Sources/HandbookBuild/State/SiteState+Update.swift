import HandbookModel

extension SiteState {
    /// Follows an edit of the content pages `changed` (paths relative to `content/`): each is
    /// read and parsed again, then linked and rendered with the pages that depend on it.
    ///
    /// What depends on a page: the pages linking to it, when its headings (so its anchors)
    /// changed; the glossary page when the terms it uses changed, the sources page when the
    /// sources it cites did; the search index, the print page and the sitemap, always. Its title
    /// shows on every page (navigation), and whether it exists or is a draft decides what links to
    /// it may do: when one of those changes, or the page is the outline, a glossary term or the
    /// glossary page, or it cannot be read or parsed, this returns false, leaves the state as it
    /// was, and the site must be built in full.
    ///
    /// Works in place: a site's state is large, and a copy would cost more than the update.
    public mutating func update(pages changed: Set<SitePath>, fileSystem: FileSystem = .disk) -> Bool {
        guard site.configuration != nil, templates != nil, !changed.isEmpty,
              let (edited, dependents) = reparse(changed, fileSystem: fileSystem) else { return false }

        for (page, file, diagnostics) in edited {
            sources.markdown[page.source] = file
            site.pageDiagnostics[page.source] = diagnostics
            replace(page)
        }
        for page in dependents { replace(page) }
        let relinked = changed.union(dependents.map(\.source))
        let before = relinked.map { outcomes[$0] }
        link(relinked)
        let after = relinked.map { outcomes[$0] }

        // The glossary page lists which pages use each term, the sources page which cite each source.
        var listings: Set<SitePath> = []
        if zip(before, after).contains(where: { $0?.linkedTerms != $1?.linkedTerms }) {
            listings.insert(GeneratedPages.glossary)
        }
        if zip(before, after).contains(where: { $0.map { Set($0.numbering.citedKeys) } != $1.map { Set($0.numbering.citedKeys) } }) {
            listings.insert(GeneratedPages.sources)
        }
        render(relinked: relinked, rerendered: relinked.union(listings.filter { site.pages[$0] != nil }))
        return true
    }

    /// The edited pages parsed again (with their files and what parsing found), and the pages
    /// linking to them that must be linked again, freshly parsed; nil when the edit is more than
    /// an update can follow.
    private func reparse(_ changed: Set<SitePath>, fileSystem: FileSystem)
        -> (edited: [(ParsedPage, SourceFile, [Diagnostic])], dependents: [ParsedPage])? {
        let parser = PageParser(options: site.markdownOptions)
        let loader = SiteLoader(fileSystem: fileSystem)
        var edited: [(ParsedPage, SourceFile, [Diagnostic])] = []
        var linking: Set<SitePath> = []
        for source in changed {
            let relative = SiteLayout.contentFolder + "/" + source.rawValue
            guard let old = site.pages[source], source != GeneratedPages.glossary, !ContentCatalog.isGlossaryTerm(source),
                  fileSystem.kind(options.root + "/" + relative) == .file,
                  case .success(let file) = loader.read(relative, below: options.root) else { return nil }
            let (parsed, found) = parser.parse(file, at: source)
            guard let page = parsed, page.frontMatter.isDraft == old.frontMatter.isDraft,
                  page.frontMatter.title == old.frontMatter.title else { return nil }
            edited.append((page, file, found))
            if page.anchors != old.anchors {
                linking.formUnion(outcomes.filter { $0.value.linkedPages.contains(source) }.map(\.key))
            }
        }
        // Pages linking to a changed page are linked again from a fresh parse of their file
        // (linking edits a page's Markdown). The glossary page's links include the definitions',
        // which are linked once per build.
        var dependents: [ParsedPage] = []
        for source in linking.subtracting(changed).sorted() {
            guard source != GeneratedPages.glossary, let file = sources.markdown[source],
                  let page = parser.parse(file, at: source).0 else { return nil }
            dependents.append(page)
        }
        return (edited, dependents)
    }

    private mutating func replace(_ page: ParsedPage) {
        site.pages[page.source] = page
        site.index.pages[page.source] = page
    }
}
