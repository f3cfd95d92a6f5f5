import Foundation
import HandbookMarkdown
import HandbookModel

/// The whole build, stage by stage: load → parse → link → check → render → write.
/// Every stage reports what it finds and the build carries on as far as it can, so one run lists
/// every problem; the output folder is replaced only when there is no error. `SiteState` runs
/// the stages up to rendering; this puts the result in place.
public struct BuildPipeline: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .disk) { self.fileSystem = fileSystem }

    /// Builds; with an output folder, writes each file into a staging folder as it is rendered
    /// (keeping none in memory: the result's `files` is then empty) and swaps it in when there
    /// is no error. Without one, the result holds every file.
    public func run(_ options: BuildOptions) -> BuildResult {
        guard let output = options.output else { return result(of: SiteState.build(options, fileSystem: fileSystem)) }
        if let problem = OutputFolderGuard().check(output: output, root: options.root) {
            return BuildResult(diagnostics: [problem], pageCount: 0, files: [])
        }
        // Replacing a folder deletes what was in it: only a previous site may be replaced.
        let unreplaceable = OutputFolderGuard().checkReplaceable(output: output)
        let staged = unreplaceable == nil ? StagedSite(output: output) : nil
        if staged != nil { SiteWriter().removeLeftovers(beside: output) }
        let state = SiteState.build(options, fileSystem: fileSystem, writer: staged)
        defer { Self.release(state) }
        // No one checks the external links of a build that writes the site: they are not gathered.
        var result = BuildResult(diagnostics: state.diagnostics, pageCount: 0, files: [])
        guard result.succeeded else {
            staged?.discard()
            return result
        }
        if let problem = unreplaceable ?? finish(staged!, copying: state.copiedFiles) {
            result.diagnostics = (result.diagnostics + [problem]).sorted()
            return result
        }
        result.pageCount = state.pageCount
        return result
    }

    /// Builds without writing or keeping the files (the result's `files` is empty): every check
    /// a build makes, with the memory a build needs.
    public func check(_ options: BuildOptions) -> BuildResult {
        var options = options
        options.output = nil
        let state = SiteState.build(options, fileSystem: fileSystem, writer: .discarding())
        defer { Self.release(state) }
        var result = BuildResult(diagnostics: state.diagnostics, pageCount: 0, files: [],
                                 externalLinks: state.externalLinks)
        if result.succeeded { result.pageCount = state.pageCount }
        return result
    }

    /// Builds, writes when there is no error, and returns what the stages made with the result,
    /// every file kept in both (nil when the output folder may not be used at all): for `serve`.
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
            return Self.writeFailure(error, output: output)
        }
    }

    /// Copies the files a build copies as they are into the staged site the build wrote, and
    /// puts it in the output folder's place; a diagnostic when it cannot.
    private func finish(_ staged: StagedSite, copying copied: [OutputFile]) -> Diagnostic? {
        staged.write(copied)
        do {
            try staged.finish()
            return nil
        } catch {
            return Self.writeFailure(error, output: staged.output)
        }
    }

    /// Lets `state` go on another thread: freeing a large site's state takes a tenth of a second,
    /// which a command about to report and exit need not wait for.
    private static func release(_ state: SiteState) {
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(state) {} }
    }

    private static func writeFailure(_ error: Error, output: String) -> Diagnostic {
        .error(.writeFailed, at: SourceLocation(file: output), "cannot write the site: \(SiteLoader.reason(error))")
    }
}
