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
        guard writer == nil, site.configuration != nil, templates != nil, !changed.isEmpty,
              let (edited, dependents) = reparse(changed, fileSystem: fileSystem) else { return false }

        for (page, file, diagnostics) in edited {
            sources.markdown[page.source] = file
            site.pageDiagnostics[page.source] = diagnostics
            replace(page)
        }
        rebuild(changed.union(dependents))
        return true
    }

    /// The edited pages parsed again (with their files and what parsing found), and the pages
    /// linking to them that must be linked again; nil when the edit is more than an update can
    /// follow.
    private func reparse(_ changed: Set<SitePath>, fileSystem: FileSystem)
        -> (edited: [(ParsedPage, SourceFile, [Diagnostic])], dependents: Set<SitePath>)? {
        let parser = PageParser(options: site.markdownOptions)
        let loader = SiteLoader(fileSystem: fileSystem)
        var edited: [(ParsedPage, SourceFile, [Diagnostic])] = []
        var linking: Set<SitePath> = []
        for source in changed {
            let relative = SiteLayout.contentFolder + "/" + source.rawValue
            guard let old = site.pages[source], source != GeneratedPages.glossary, !ContentCatalog.isGlossaryTerm(source),
                  fileSystem.kind(options.root + "/" + relative) == .file,
                  case .success(let file) = loader.read(relative, below: options.root) else { return nil }
            let (parsed, found) = parser.parse(file, at: source, readingOutline: true)
            guard let page = parsed, page.frontMatter.isDraft == old.frontMatter.isDraft,
                  page.frontMatter.title == old.frontMatter.title else { return nil }
            edited.append((page, file, found))
            // Every page has its outline since the build that made this state.
            if page.anchors != old.anchors {
                linking.formUnion(outcomes.filter { $0.value.linkedPages.contains(source) }.map(\.key))
            }
        }
        // Pages linking to a changed page are linked again (from a fresh parse of their file, as
        // every page is). The glossary page's links include the definitions', which are linked
        // once per build.
        let dependents = linking.subtracting(changed)
        guard !dependents.contains(GeneratedPages.glossary) else { return nil }
        return (edited, dependents)
    }

    private mutating func replace(_ page: ParsedPage) {
        site.pages[page.source] = page
        site.index.pages[page.source] = page
    }
}
