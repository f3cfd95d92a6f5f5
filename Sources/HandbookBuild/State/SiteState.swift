import HandbookMarkdown
import HandbookModel

/// What one build made, stage by stage, kept so that an edit to a few pages can be built again
/// by redoing only what depends on them (`updating(pages:fileSystem:)`, for `serve`).
///
/// A full build and an update take the same step, `rebuild(_:)`; an update only hands it fewer
/// pages. Each page's share of the site-wide results (its link outcome, search entry, print
/// chapter, broken template links) is kept by page, and the site-wide files and diagnostics are
/// put together again from those shares every time. No page's Markdown tree is kept, nor, once
/// the page is rendered, its body.
///
/// A state made for `handbook build` (`build(_:fileSystem:writer:)` with a writer) keeps no
/// page's body or files: it writes each file as soon as it is rendered, so the build's memory
/// does not grow with the pages' HTML; nor, once a page is linked, its Markdown file. It cannot
/// be updated.
public struct SiteState: @unchecked Sendable {
    public let options: BuildOptions
    var sources: SiteSources
    var site: ParsedSite
    let navigation: Navigation
    let templates: TemplateSet?
    /// What loading, the configuration, outline, glossary, register, navigation and templates
    /// gave: stages an update never redoes.
    let fixedDiagnostics: [Diagnostic]
    /// Assets and content files, copied as they are.
    let copiedFiles: [OutputFile]
    /// Where a build writes the site as it renders it; nil when the state keeps every file.
    let writer: StagedSite?

    var outcomes: [SitePath: PageLinkOutcome] = [:]
    var references = CrossReferences()
    /// Reading grades (when `options.checksReadingGrades`), by page.
    var gradeDiagnostics: [SitePath: [Diagnostic]] = [:]
    /// What linking made of a page's body, until the page is rendered; the glossary and sources
    /// pages' for good, as an update may render them again without linking them.
    var bodies: [SitePath: LinkedBody] = [:]
    /// Each page's file, when the state keeps its files.
    var pageFiles: [SitePath: OutputFile] = [:]
    /// Each page's search index entry, as JSON.
    var searchEntries: [SitePath: String] = [:]
    /// Each page's print chapter, when the state keeps its files.
    var chapters: [SitePath: PrintPageWriter.Chapter] = [:]
    /// The site-wide files but the print page.
    var siteFiles: [OutputFile] = []
    /// The print page, when the state keeps its files.
    var printPage: OutputFile?
    /// Whether the site has a print page.
    var writesPrintPage = false
    /// Template links on each output file that name no file of the site, by output path, and
    /// on each page's print chapter, by page.
    var missingTargets: [SitePath: [String]] = [:]
    var chapterMissingTargets: [SitePath: [String]] = [:]
    /// What an update most often finds unchanged: the print page's shell and its broken links,
    /// the search index's terms, the sitemap.
    var memos = RenderMemos()
    /// The template context of every page's navigation and the print page's chapter numbers:
    /// made by the first rendering, the same for every update after it.
    var pageContext: PageContext?
    var printWriter: PrintPageWriter?
    /// Counts the changes to which pages use which glossary terms.
    var termUses = 0

    /// Every problem found, sorted.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// The output paths the last step rendered again (all of them after a full build).
    public internal(set) var renderedPaths: Set<SitePath> = []

    /// Builds everything from the files below `options.root`; writes nothing.
    public static func build(_ options: BuildOptions, fileSystem: FileSystem = .disk) -> SiteState {
        build(options, fileSystem: fileSystem, writer: nil)
    }

    /// Builds everything from the files below `options.root`, writing the site into `writer` as it
    /// is rendered, when the stages before linking found no error (see `rebuild(_:)`).
    static func build(_ options: BuildOptions, fileSystem: FileSystem, writer: StagedSite?) -> SiteState {
        let (sources, loadDiagnostics) = SiteLoader(fileSystem: fileSystem).load(from: options.root)
        // The templates are compiled on another thread while the pages are parsed.
        let templateFiles = sources.templates
        let loadedTemplates = BackgroundValue { TemplateSet.load(templateFiles) }
        let site = SiteParser(includeDrafts: options.includeDrafts, baseURL: options.baseURL).parse(sources)
        let (templates, templateDiagnostics) = loadedTemplates.value
        let templatesFolder = options.root + "/" + SiteLayout.templatesFolder + "/" + SiteLayout.assetsFolder + "/"
        let contentFolder = options.root + "/" + SiteLayout.contentFolder + "/"
        let copied = sources.assets.map { OutputFile(SitePath(SiteLayout.assetsFolder).appending($0.rawValue), copying: templatesFolder + $0.rawValue) }
            + sources.contentFiles.sorted().map { OutputFile($0, copying: contentFolder + $0.rawValue) }
        // The link stage's tables are made on another thread while the navigation is worked out.
        let tables = startTables(site: site, copiedFiles: copied, templates: templates)
        let (navigation, navigationDiagnostics) = NavigationBuilder().build(
            outline: site.outline, outlinePath: SiteParser.outlineDisplayPath, pages: site.pages,
            leftOutDrafts: site.index.leftOutDrafts, unparsedPages: site.index.unparsedPages)
        var state = SiteState(options: options, sources: sources, site: site, navigation: navigation, templates: templates,
                              fixedDiagnostics: loadDiagnostics + site.diagnostics + navigationDiagnostics + templateDiagnostics,
                              copiedFiles: copied, writer: writer)
        state.rebuild(Set(site.pages.keys), tables: tables)
        return state
    }

    /// Every file of the site: the pages in path order, the site-wide files, the copied files.
    /// Only a state that keeps its files has them.
    public var files: [OutputFile] {
        precondition(writer == nil, "a state that writes as it renders keeps no files")
        guard site.configuration != nil, templates != nil else { return [] }
        return site.pages.keys.sorted().compactMap { pageFiles[$0] } + siteFiles + [printPage].compactMap { $0 } + copiedFiles
    }

    /// The paths of `files`, in that order, whether or not the state keeps the files.
    var outputPaths: [SitePath] {
        guard site.configuration != nil, templates != nil else { return [] }
        return site.pages.keys.sorted().map { site.pages[$0]!.address.outputPath } + siteFiles.map(\.path)
            + (writesPrintPage ? [PrintPageWriter.outputPath] : []) + copiedFiles.map(\.path)
    }

    /// The number of content pages.
    public var pageCount: Int { site.pages.count }

    /// Every http(s) link in the content, page by page.
    public var externalLinks: [ExternalLink] { site.pages.keys.sorted().flatMap { outcomes[$0]?.externalLinks ?? [] } }

    var basePath: String { site.configuration?.baseURL.path ?? "/" }

    /// Whether the site was built from the file (or something in the folder) at `path`,
    /// relative to the root, or the build reported it.
    public func knows(_ path: String) -> Bool {
        let content = SiteLayout.contentFolder + "/", seeds = SiteLayout.seedsFolder + "/"
        let templates = SiteLayout.templatesFolder + "/", assets = templates + SiteLayout.assetsFolder + "/"
        var known: Set<String> = [SiteLayout.configurationFile]
        for path in sources.markdown.keys { known.insert(content + path.rawValue) }
        for path in sources.contentFiles.union(sources.unreadableMarkdown) { known.insert(content + path.rawValue) }
        for path in Set(sources.seeds.keys).union(sources.unreadableSeeds) { known.insert(seeds + path.rawValue) }
        for name in sources.templates.keys { known.insert(templates + name + "." + SiteLayout.templateExtension) }
        for path in sources.assets { known.insert(assets + path.rawValue) }
        known.formUnion(fixedDiagnostics.map(\.location.file))
        return known.contains(path) || known.contains { $0.hasPrefix(path + "/") }
    }
}
