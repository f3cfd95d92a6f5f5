import Foundation
import HandbookMarkdown
import HandbookModel

/// The whole build, stage by stage: load → parse → link → check → render → write.
/// Every stage reports what it finds and the build carries on as far as it can, so one run lists
/// every problem; nothing is written when there is an error. `SiteState` runs the stages up to
/// rendering (and keeps what they made, for `serve`); this writes the result.
public struct BuildPipeline: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .disk) { self.fileSystem = fileSystem }

    public func run(_ options: BuildOptions) -> BuildResult {
        runKeepingState(options).result
    }

    /// Builds, writes when there is no error, and returns what the stages made with the result
    /// (nil when the output folder may not be used at all).
    public func runKeepingState(_ options: BuildOptions) -> (result: BuildResult, state: SiteState?) {
        if let output = options.output, let problem = OutputFolderGuard().check(output: output, root: options.root) {
            return (BuildResult(diagnostics: [problem], pageCount: 0, files: []), nil)
        }
        let state = SiteState.build(options, fileSystem: fileSystem)
        return (result(of: state), state)
    }

    private func result(of state: SiteState) -> BuildResult {
        let options = state.options
        var result = BuildResult(diagnostics: state.diagnostics, pageCount: 0, files: [],
                                 externalLinks: state.externalLinks)
        guard result.succeeded else { return result }
        let files = state.files
        if let output = options.output {
            if let problem = write(files, to: output) {
                result.diagnostics = (result.diagnostics + [problem]).sorted()
                return result
            }
        }
        result.pageCount = state.pageCount
        result.files = files
        return result
    }

    /// Replaces `output` with the site; a diagnostic when it cannot.
    private func write(_ files: [OutputFile], to output: String) -> Diagnostic? {
        // Replacing a folder deletes what was in it: only a previous site may be replaced.
        if let problem = OutputFolderGuard().checkReplaceable(output: output) { return problem }
        let writer = SiteWriter()
        writer.removeLeftovers(beside: output)
        do {
            try writer.write(files, to: output)
            return nil
        } catch {
            return .error(.writeFailed, at: SourceLocation(file: output), "cannot write the site: \(SiteLoader.reason(error))")
        }
    }
}
