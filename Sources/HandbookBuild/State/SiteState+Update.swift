import HandbookModel

extension SiteState {
    /// The state after the content pages `changed` (paths relative to `content/`) were edited:
    /// each is read and parsed again, linked and rendered with the pages that depend on it.
    ///
    /// What depends on a page: the pages linking to it, when its headings (so its anchors)
    /// changed; the glossary page when the terms it uses changed, the sources page when the
    /// sources it cites did; the search index, the print page and the sitemap, always. Its title
    /// shows on every page (navigation), and whether it exists or is a draft decides what links to
    /// it may do: when one of those changes, or the page is the outline, a glossary term or the
    /// glossary page, or it cannot be read or parsed, this returns nil and the site must be built
    /// in full.
    public func updating(pages changed: Set<SitePath>, fileSystem: FileSystem = .disk) -> SiteState? {
        guard site.configuration != nil, templates != nil, !changed.isEmpty else { return nil }
        var next = self
        let parser = PageParser(options: site.markdownOptions)
        let loader = SiteLoader(fileSystem: fileSystem)
        var dependents: Set<SitePath> = []
        for source in changed {
            let relative = SiteLayout.contentFolder + "/" + source.rawValue
            guard let old = site.pages[source], source != GeneratedPages.glossary, !ContentCatalog.isGlossaryTerm(source),
                  fileSystem.kind(options.root + "/" + relative) == .file,
                  case .success(let file) = loader.read(relative, below: options.root) else { return nil }
            let (parsed, found) = parser.parse(file, at: source)
            guard let page = parsed, page.frontMatter.isDraft == old.frontMatter.isDraft,
                  page.frontMatter.title == old.frontMatter.title else { return nil }
            next.sources.markdown[source] = file
            next.site.pageDiagnostics[source] = found
            next.replace(page)
            if page.anchors != old.anchors {
                dependents.formUnion(outcomes.filter { $0.value.linkedPages.contains(source) }.map(\.key))
            }
        }
        // Pages linking to a changed page are linked again from a fresh parse of their file.
        for source in dependents.subtracting(changed) {
            guard let file = next.sources.markdown[source], let page = parser.parse(file, at: source).0 else { return nil }
            next.replace(page)
        }
        let relinked = changed.union(dependents)
        // The glossary page's links include the definitions', which are linked once per build.
        guard !relinked.contains(GeneratedPages.glossary) else { return nil }
        next.link(relinked)
        // The glossary page lists which pages use each term, the sources page which cite each source.
        var listings: Set<SitePath> = []
        if relinked.contains(where: { outcomes[$0]?.linkedTerms != next.outcomes[$0]?.linkedTerms }) {
            listings.insert(GeneratedPages.glossary)
        }
        if relinked.contains(where: { outcomes[$0].map { Set($0.numbering.citedKeys) } != next.outcomes[$0].map { Set($0.numbering.citedKeys) } }) {
            listings.insert(GeneratedPages.sources)
        }
        next.render(relinked: relinked, rerendered: relinked.union(listings.filter { next.site.pages[$0] != nil }))
        return next
    }

    private mutating func replace(_ page: ParsedPage) {
        site.pages[page.source] = page
        site.index.pages[page.source] = page
    }
}
