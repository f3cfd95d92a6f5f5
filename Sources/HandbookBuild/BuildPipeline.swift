import Foundation
import HandbookMarkdown
import HandbookModel

/// The whole build, stage by stage: load → parse → link → check → render → write.
/// Every stage reports what it finds and the build carries on as far as it can, so one run lists
/// every problem; nothing is rendered or written when there is an error.
public struct BuildPipeline: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .disk) { self.fileSystem = fileSystem }

    public func run(_ options: BuildOptions) -> BuildResult {
        var diagnostics: [Diagnostic] = []
        func finish(pages: Int = 0, files: [OutputFile] = [], external: [ExternalLink] = []) -> BuildResult {
            BuildResult(diagnostics: diagnostics.sorted(), pageCount: pages, files: files, externalLinks: external)
        }
        if let output = options.output, let problem = OutputFolderGuard().check(output: output, root: options.root) {
            diagnostics.append(problem)
            return finish()
        }

        // Load and parse
        let (sources, loadDiagnostics) = SiteLoader(fileSystem: fileSystem).load(from: options.root)
        diagnostics += loadDiagnostics
        let site = SiteParser(includeDrafts: options.includeDrafts, baseURL: options.baseURL).parse(sources)
        diagnostics += site.diagnostics

        // Link
        let (navigation, navigationDiagnostics) = NavigationBuilder().build(
            outline: site.outline, outlinePath: SiteParser.outlineDisplayPath, pages: site.pages,
            leftOutDrafts: site.index.leftOutDrafts, unparsedPages: site.index.unparsedPages)
        diagnostics += navigationDiagnostics
        let basePath = site.configuration?.baseURL.path ?? "/"
        let (references, linkDiagnostics) = CrossReferencer(index: site.index, glossary: site.glossary,
                                                            register: site.register, basePath: basePath).link()
        diagnostics += linkDiagnostics

        // Check
        diagnostics += CrossReferenceChecker().check(references, pages: site.pages, register: site.register,
                                                     glossary: site.glossary)
        let (templates, templateDiagnostics) = TemplateSet.load(sources.templates)
        diagnostics += templateDiagnostics
        guard let configuration = site.configuration, let templates else {
            return finish(external: references.externalLinks)
        }
        if options.checksReadingGrades {
            diagnostics += ReadingGradeChecker(limit: configuration.readingGradeLimit).check(site.pages)
        }

        // Render (also when there are errors, so the links templates write are checked too)
        let renderer = SiteRenderer(configuration: configuration, templates: templates, navigation: navigation,
                                    site: site, references: references)
        var files = renderer.renderPages() + renderer.renderSiteFiles(reporting: &diagnostics)
        files += sources.assets.map {
            OutputFile(SitePath(SiteLayout.assetsFolder).appending($0.rawValue),
                       copying: options.root + "/" + SiteLayout.templatesFolder + "/" + SiteLayout.assetsFolder + "/" + $0.rawValue)
        }
        files += sources.contentFiles.sorted().map {
            OutputFile($0, copying: options.root + "/" + SiteLayout.contentFolder + "/" + $0.rawValue)
        }
        diagnostics += TemplateLinkChecker(basePath: configuration.baseURL.path, templates: sources.templates,
                                          alreadyReported: references.unresolvedDestinations.union(
                                              site.index.unparsedPages.map { PageAddress(source: $0).href(basePath: configuration.baseURL.path) })
                                          ).check(files)
        guard !diagnostics.hasErrors else { return finish(external: references.externalLinks) }

        // Write
        if let output = options.output {
            // Replacing a folder deletes what was in it: only a previous site may be replaced.
            if let problem = OutputFolderGuard().checkReplaceable(output: output) {
                diagnostics.append(problem)
                return finish(external: references.externalLinks)
            }
            let writer = SiteWriter()
            writer.removeLeftovers(beside: output)
            do {
                try writer.write(files, to: output)
            } catch {
                diagnostics.append(.error(.writeFailed, at: SourceLocation(file: output),
                                          "cannot write the site: \(SiteLoader.reason(error))"))
            }
        }
        return finish(pages: site.pages.count, files: files, external: references.externalLinks)
    }
}
