import ArgumentParser
import HandbookBuild
import HandbookModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run every check of the build and write nothing.")

    @OptionGroup var root: RootOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Check draft pages too.")
    var drafts = false

    @Option(name: .long, help: "How diagnostics are printed: text or json.")
    var format: DiagnosticPrinter.Format = .text

    func run() throws {
        let stopwatch = Stopwatch()
        let result = BuildPipeline().run(BuildOptions(root: root.resolvedRoot, includeDrafts: drafts))
        var diagnostics = result.diagnostics
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
