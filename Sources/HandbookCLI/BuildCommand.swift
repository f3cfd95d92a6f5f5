import ArgumentParser
import Foundation
import HandbookBuild
import HandbookModel

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the handbook into a folder of static pages.",
        discussion: """
            Every check runs first. When there is an error, nothing is written and the previous \
            output folder is left as it was; otherwise the new site replaces it in one step.
            """)

    @OptionGroup var root: RootOptions

    @Option(name: .long, help: "The output folder (default: ROOT/public).", completion: .directory)
    var out: String?

    @Option(name: .customLong("base-url"),
            help: "The URL the site is hosted at, such as https://example.org/handbook/ (default: base_url in handbook.yml).")
    var baseURL: String?

    @Flag(name: .long, help: "Include pages whose front matter says 'draft: true'.")
    var drafts = false

    @Option(name: .long, help: "How diagnostics are printed: text or json.")
    var format: DiagnosticPrinter.Format = .text

    func validate() throws {
        if let baseURL, BaseURL(baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http(s) URL, such as https://example.org/handbook/")
        }
    }

    func run() throws {
        let stopwatch = Stopwatch()
        let rootPath = root.resolvedRoot
        let output = out.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? rootPath + "/public"
        let result = BuildPipeline().run(BuildOptions(root: rootPath, output: output,
                                                      baseURL: baseURL.flatMap(BaseURL.init), includeDrafts: drafts))
        try BuildReporter(format: format, streams: .process).report(
            result.diagnostics,
            success: "built \(result.pageCount) page\(result.pageCount == 1 ? "" : "s") into \(output) in \(stopwatch.elapsedText)")
    }
}

extension DiagnosticPrinter.Format: ExpressibleByArgument {}
