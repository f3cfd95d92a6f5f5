import HandbookMarkdown
import HandbookModel

/// Everything the parse stage produced.
public struct ParsedSite: @unchecked Sendable {
    public var configuration: SiteConfiguration?
    public var outline: Outline
    public var pages: [SitePath: ParsedPage]
    public var index: SiteIndex
    public var glossary: Glossary
    public var register: SourceRegister
    /// What parsing each page found, by page (drafts left out included).
    public var pageDiagnostics: [SitePath: [Diagnostic]]
    /// What parsing everything else found: the configuration, outline, glossary and register.
    public var diagnostics: [Diagnostic]
    /// How the pages' Markdown was parsed, as the configuration asks.
    public var markdownOptions: MarkdownOptions
}

/// The parse stage: configuration, outline, pages, glossary terms and source records.
public struct SiteParser: Sendable {
    public static let outlineDisplayPath = SiteLayout.contentFolder + "/" + SiteLayout.outlineFile.rawValue

    public var includeDrafts: Bool
    /// Replaces the configuration's base URL.
    public var baseURL: BaseURL?

    public init(includeDrafts: Bool, baseURL: BaseURL?) {
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    public func parse(_ sources: SiteSources) -> ParsedSite {
        var diagnostics: [Diagnostic] = []
        var configuration: SiteConfiguration?
        if let file = sources.configuration {
            let (parsed, found) = ConfigurationParser().parse(file)
            configuration = parsed
            diagnostics += found
        }
        if let baseURL { configuration?.baseURL = baseURL }
        let options = MarkdownOptions(allowRawHTML: configuration?.allowsRawHTML ?? false)
        var pageDiagnostics: [SitePath: [Diagnostic]] = [:]

        let catalog = ContentCatalog(markdown: sources.markdown)
        // A large outline takes a while to read, and the pages do not need it to be parsed: it
        // is read on another thread meanwhile.
        let parsedOutline = catalog.outline.map { file in BackgroundValue { OutlineParser().parse(file) } }
        // So are the glossary terms and the source records, which need nothing the pages give.
        let glossaryTerms = catalog.glossaryTerms, seeds = sources.seeds
        let parsedGlossary = BackgroundValue { GlossaryParser(options: options).parse(glossaryTerms) }
        let loadedRegister = BackgroundValue { SourceRegister.load(seeds) }
        let parser = PageParser(options: options)
        let parsed = catalog.pages.concurrentMap { parser.parse($0.file, at: $0.path) }

        var outline = Outline(entries: [])
        if let parsedOutline {
            let (read, found) = parsedOutline.value
            outline = read
            diagnostics += found
        } else if !sources.unreadableMarkdown.contains(SiteLayout.outlineFile) {
            diagnostics.append(.error(.outlineSyntax, at: SourceLocation(file: Self.outlineDisplayPath),
                                      "the outline '\(Self.outlineDisplayPath)' is missing"))
        }

        var index = SiteIndex(pages: [:], contentFiles: sources.contentFiles)
        index.pages.reserveCapacity(catalog.pages.count)
        pageDiagnostics.reserveCapacity(catalog.pages.count)
        index.unparsedPages = sources.unreadableMarkdown
        // Pages in a folder that could not be listed are unknown, not missing: already reported.
        for entry in sources.unreadableFolders.isEmpty ? [] : outline.flattened where sources.unreadableFolders.contains(where: { entry.target.rawValue.hasPrefix($0.rawValue + "/") }) {
            index.unparsedPages.insert(entry.target)
        }
        for ((path, _), (page, found)) in zip(catalog.pages, parsed) {
            pageDiagnostics[path] = found
            guard let page else {
                index.unparsedPages.insert(path)
                continue
            }
            if page.frontMatter.isDraft, !includeDrafts {
                index.leftOutDrafts.insert(path)
            } else {
                index.pages[path] = page
            }
        }
        diagnostics += AddressClashChecker().check(Array(index.pages.values), contentFiles: sources.contentFiles,
                                                  assets: sources.assets)

        let (glossary, glossaryDiagnostics) = parsedGlossary.value
        diagnostics += glossaryDiagnostics
        for (path, _) in catalog.glossaryTerms { index.glossaryTermSlugs[path] = path.deletingPathExtension().fileName }
        index.glossaryPage = index.pages[GeneratedPages.glossary]
        if !catalog.glossaryTerms.isEmpty, index.glossaryPage == nil {
            diagnostics.append(.error(.invalidGlossaryTerm, at: SourceLocation(file: SiteLayout.contentFolder + "/" + GeneratedPages.glossary.rawValue),
                                      "glossary terms need a glossary page: create '\(SiteLayout.contentFolder)/\(GeneratedPages.glossary)'"))
        }

        var (register, registerDiagnostics) = loadedRegister.value
        diagnostics += registerDiagnostics
        register.failedKeys.formUnion(sources.unreadableSeeds.map { CitationKey($0.deletingPathExtension().rawValue) })
        return ParsedSite(configuration: configuration, outline: outline, pages: index.pages, index: index,
                          glossary: glossary, register: register, pageDiagnostics: pageDiagnostics,
                          diagnostics: diagnostics, markdownOptions: options)
    }
}
