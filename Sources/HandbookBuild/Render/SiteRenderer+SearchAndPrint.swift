import HandbookModel

/// The search index with the search page, and the whole-handbook print page: written when the
/// site's templates include `search`, and `print` with `print-chapter`.
extension SiteRenderer {
    /// The values a page's template reads: its context, its References, and on the glossary and
    /// sources pages their lists.
    func pageValues(for page: ParsedPage) -> [String: Any] {
        var values = context.context(for: page, html: page.document.renderHTML())
        values.merge(crossReferences.references(for: page)) { _, new in new }
        if page.source == GeneratedPages.glossary {
            values["glossary"] = crossReferences.glossary()
            values["hasGlossary"] = !site.glossary.isEmpty
        }
        if page.source == GeneratedPages.sources {
            values["sources"] = crossReferences.sources()
            values["hasSources"] = !site.register.records.isEmpty
        }
        return values
    }

    /// `search-index.json` and `search/index.html`, with a warning when the index is over budget.
    func searchFiles(reporting diagnostics: inout [Diagnostic]) -> [OutputFile] {
        guard templates.contains("search") else { return [] }
        let writer = SearchIndexWriter()
        let json = writer.json(searchIndex(writer))
        if let warning = writer.budgetWarning(size: json.utf8.count, budget: configuration.searchIndexBudget) {
            diagnostics.append(warning)
        }
        let page = extraPage(path: "search/", title: "Search",
                             description: "Search \(configuration.title) for a word or a question.")
        return [OutputFile(SearchIndexWriter.outputPath, json),
                OutputFile("search/index.html", templates.render(page, with: "search"))]
    }

    /// `print/index.html`: every page as a chapter, then the glossary and the sources.
    func printFiles() -> [OutputFile] {
        guard templates.contains("print"), templates.contains("print-chapter") else { return [] }
        let chapters = PrintPageWriter.order(context.navigation.order).compactMap { source -> PrintPageWriter.Chapter? in
            guard let page = site.pages[source] else { return nil }
            return PrintPageWriter.Chapter(title: page.frontMatter.title, url: page.address.href(basePath: context.basePath),
                                           reviewed: page.frontMatter.reviewed.description,
                                           reviewedText: page.frontMatter.reviewed.longText,
                                           html: templates.render(pageValues(for: page), with: "print-chapter"))
        }
        var values = extraPage(path: "print/", title: "The whole handbook",
                               description: "Every page of \(configuration.title) on one page, ready to print.")
        values["chapters"] = PrintPageWriter().chapters(chapters)
        return [OutputFile(PrintPageWriter.outputPath, templates.render(values, with: "print"))]
    }

    private func searchIndex(_ writer: SearchIndexWriter) -> SearchIndex {
        let sources = context.navigation.order.filter { site.pages[$0] != nil }
        let position = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1, $0) })
        let pages = sources.map { source in
            let page = site.pages[source]!
            let headings = zip(page.document.headings, page.headingIDs).map { (level: $0.level, text: $0.text, id: $1) }
            return writer.page(title: page.frontMatter.title, url: page.address.href(basePath: context.basePath),
                               description: page.frontMatter.description, headings: headings,
                               text: page.document.plainText() + "\n\n" + generatedText(on: source))
        }
        let glossaryURL = site.pages[GeneratedPages.glossary]?.address
        let terms = site.glossary.alphabetical.map { entry in
            let slug = entry.term.slug
            let users = (crossReferences.references.mentions[slug] ?? []).compactMap { position[$0] }.sorted()
            return SearchIndex.Term(term: entry.term.term, aliases: entry.term.aliases,
                                    url: glossaryURL?.href(basePath: context.basePath, fragment: slug) ?? "",
                                    shortDefinition: entry.term.shortDefinition, pages: users)
        }
        return SearchIndex(pages: pages, terms: terms)
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

    /// The context of a page the build makes by itself, at `path` under the base path.
    private func extraPage(path: String, title: String, description: String) -> [String: Any] {
        var values = context.notFoundContext()
        let url = context.basePath + path
        values["page"] = ["title": title, "description": description, "url": url,
                          "canonicalURL": configuration.baseURL.origin + url, "isHome": false] as [String: Any]
        return values
    }
}
