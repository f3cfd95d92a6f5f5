import ArgumentParser
import HandbookBuild
import HandbookModel

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every check of the build and write nothing.")

    @OptionGroup var root: RootOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Check draft pages too.")
    var drafts = false

    @Flag(name: .long, help: "Also request every external link once (HEAD, then GET) and warn about failures; results are cached for a day in .handbook-cache/.")
    var external = false

    @Option(name: .long, help: "How diagnostics are printed: text or json.")
    var format: DiagnosticPrinter.Format = .text

    func run() async throws {
        let stopwatch = Stopwatch()
        let rootPath = root.resolvedRoot
        let result = BuildPipeline().check(BuildOptions(root: rootPath, includeDrafts: drafts, checksReadingGrades: true))
        var diagnostics = result.diagnostics
        if external {
            let checker = ExternalLinkChecker(cacheFile: rootPath + "/.handbook-cache/external-links.json")
            diagnostics += await checker.check(result.externalLinks)
        }
        if strict {
            diagnostics = diagnostics.map { diagnostic in
                var strictDiagnostic = diagnostic
                if strictDiagnostic.severity == .warning { strictDiagnostic.severity = .error }
                return strictDiagnostic
            }
        }
        try BuildReporter(format: format, streams: .process).report(
            diagnostics,
            success: "checked \(result.pageCount) page\(result.pageCount == 1 ? "" : "s") in \(stopwatch.elapsedText): no errors")
    }
}
