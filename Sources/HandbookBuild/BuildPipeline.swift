import Foundation
import HandbookMarkdown
import HandbookModel

/// The whole build, stage by stage: load → parse → link → check → render → write.
/// Every stage reports what it finds and the build carries on as far as it can, so one run lists
/// every problem; nothing is written when there is an error.
public struct BuildPipeline: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .disk) { self.fileSystem = fileSystem }

    public func run(_ options: BuildOptions) -> BuildResult {
        var diagnostics: [Diagnostic] = []
        func finish(pages: Int = 0, files: [OutputFile] = []) -> BuildResult {
            BuildResult(diagnostics: diagnostics.sorted(), pageCount: pages, files: files)
        }

        if let output = options.output, let problem = OutputFolderGuard().check(output: output, root: options.root) {
            diagnostics.append(problem)
            return finish()
        }

        // Load
        let (sources, loadDiagnostics) = SiteLoader(fileSystem: fileSystem).load(from: options.root)
        diagnostics += loadDiagnostics
        var configuration: SiteConfiguration?
        if let file = sources.configuration {
            let (parsed, found) = ConfigurationParser().parse(file)
            configuration = parsed
            diagnostics += found
        }
        if let baseURL = options.baseURL { configuration?.baseURL = baseURL }

        // Parse
        let catalog = ContentCatalog(markdown: sources.markdown)
        var outline = Outline(entries: [])
        let outlineDisplayPath = SiteLayout.contentFolder + "/" + SiteLayout.outlineFile.rawValue
        if let file = catalog.outline {
            let (parsed, found) = OutlineParser().parse(file)
            outline = parsed
            diagnostics += found
        } else if sources.markdown.isEmpty == false || loadDiagnostics.isEmpty {
            diagnostics.append(.error(.outlineSyntax, at: SourceLocation(file: outlineDisplayPath),
                                      "the outline '\(outlineDisplayPath)' is missing"))
        }
        let parser = PageParser(options: MarkdownOptions(allowRawHTML: configuration?.allowsRawHTML ?? false))
        var pages: [SitePath: ParsedPage] = [:]
        var leftOutDrafts: Set<SitePath> = []
        var unparsedPages: Set<SitePath> = []
        for (path, file) in catalog.pages {
            let (page, found) = parser.parse(file, at: path)
            diagnostics += found
            guard let page else {
                unparsedPages.insert(path)
                continue
            }
            if page.frontMatter.isDraft, !options.includeDrafts {
                leftOutDrafts.insert(path)
            } else {
                pages[path] = page
            }
        }
        diagnostics += AddressClashChecker().check(Array(pages.values))

        // Link and check
        let (navigation, navigationDiagnostics) = NavigationBuilder().build(
            outline: outline, outlinePath: outlineDisplayPath, pages: pages, leftOutDrafts: leftOutDrafts,
            unparsedPages: unparsedPages)
        diagnostics += navigationDiagnostics
        let basePath = configuration?.baseURL.path ?? "/"
        var index = SiteIndex(pages: pages, leftOutDrafts: leftOutDrafts, contentFiles: sources.contentFiles)
        index.unparsedPages = unparsedPages
        let resolver = LinkResolver(basePath: basePath)
        for source in pages.keys.sorted() { diagnostics += resolver.resolve(pages[source]!, in: index) }
        let (templates, templateDiagnostics) = TemplateSet.load(sources.templates)
        diagnostics += templateDiagnostics
        guard !diagnostics.hasErrors, let configuration, let templates else { return finish() }

        // Render
        let renderer = SiteRenderer(configuration: configuration, templates: templates,
                                    navigation: navigation, pages: pages)
        var files = renderer.renderPages()
        files += renderer.renderSiteFiles()
        files += sources.assets.map {
            OutputFile(SitePath(SiteLayout.assetsFolder).appending($0.rawValue),
                       copying: options.root + "/" + SiteLayout.templatesFolder + "/" + SiteLayout.assetsFolder + "/" + $0.rawValue)
        }
        files += sources.contentFiles.sorted().map {
            OutputFile($0, copying: options.root + "/" + SiteLayout.contentFolder + "/" + $0.rawValue)
        }

        // Write
        if let output = options.output {
            let writer = SiteWriter()
            writer.removeLeftovers(beside: output)
            do {
                try writer.write(files, to: output)
            } catch {
                diagnostics.append(.error(.writeFailed, at: SourceLocation(file: output),
                                          "cannot write the site: \(SiteLoader.reason(error))"))
            }
        }
        return finish(pages: pages.count, files: files)
    }
}
