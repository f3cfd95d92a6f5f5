import Foundation
import HandbookBuild
import HandbookModel

/// Rebuilds only what a change touched: after an edit to content pages it keeps the previous
/// build's `SiteState` and updates it (`SiteState.updating`), then writes just the output files
/// whose bytes changed. Anything else (a template, a source record, a glossary term, the outline,
/// the configuration, a page added, removed or retitled) is built in full, as `handbook build`
/// would. Either way the output folder ends up equal to what a full build writes.
public actor IncrementalRebuilder: SiteRebuilding {
    private let options: BuildOptions
    private let output: String
    private var state: SiteState?
    /// What the output folder holds; nil until a build was written (or after a write failed).
    private var written: WrittenSite?
    /// Output paths rendered since the output folder was last written.
    private var unwritten: Set<SitePath> = []
    /// Whether the last rebuild updated the previous build rather than building in full.
    private(set) var lastRebuildWasAnUpdate = false

    /// - Parameter options: the build to run; `output` must be set.
    public init(options: BuildOptions) {
        self.options = options
        self.output = options.output ?? ""
    }

    public func rebuild(changed: Set<String>) async -> RebuildOutcome {
        // An editor's temporary file, made and removed within one batch, changes nothing.
        let paths = changed.filter { path in
            path.isEmpty || FileManager.default.fileExists(atPath: options.root + "/" + path) || state?.knows(path) != false
        }
        if paths.isEmpty, let state, written != nil, !changed.isEmpty {
            lastRebuildWasAnUpdate = true
            return RebuildOutcome(diagnostics: state.diagnostics, changedURLs: [], succeeded: !state.diagnostics.hasErrors)
        }
        // The job takes the state over, so that it is the only owner and updates it in place.
        let job = Job(options: options, output: output, state: state.take(), written: written, unwritten: unwritten,
                      pages: Self.contentPages(in: paths))
        // The build is synchronous and busy: it runs on a thread of its own, so the few threads
        // that run Swift's tasks stay free and the server keeps answering meanwhile.
        let finished = await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: job.run()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
        state = finished.state
        written = finished.written
        unwritten = finished.unwritten
        lastRebuildWasAnUpdate = finished.wasAnUpdate
        return finished.outcome
    }

    /// The content pages `paths` name (relative to `content/`), or nil when anything else changed.
    static func contentPages(in paths: Set<String>) -> Set<SitePath>? {
        let prefix = SiteLayout.contentFolder + "/"
        var pages: Set<SitePath> = []
        for path in paths {
            guard path.hasPrefix(prefix), path.hasSuffix(".md") else { return nil }
            pages.insert(SitePath(String(path.dropFirst(prefix.count))))
        }
        return pages.isEmpty ? nil : pages
    }
}

/// One rebuild, run off the actor.
private final class Job: @unchecked Sendable {
    let options: BuildOptions
    let output: String
    var state: SiteState?
    let written: WrittenSite?
    let unwritten: Set<SitePath>
    let pages: Set<SitePath>?

    init(options: BuildOptions, output: String, state: SiteState?, written: WrittenSite?, unwritten: Set<SitePath>,
         pages: Set<SitePath>?) {
        self.options = options
        self.output = output
        self.state = state
        self.written = written
        self.unwritten = unwritten
        self.pages = pages
    }

    struct Result {
        var state: SiteState?
        var written: WrittenSite?
        var unwritten: Set<SitePath>
        var outcome: RebuildOutcome
        var wasAnUpdate = false
    }

    func run() -> Result {
        if let pages, var next = state.take(), next.update(pages: pages) {
            var result = update(to: next)
            result.wasAnUpdate = true
            return result
        }
        return buildInFull()
    }

    /// Writes the files rendered since the last write whose bytes differ from those on disk (or,
    /// when no build was written yet, the whole site).
    private func update(to next: SiteState) -> Result {
        let pending = unwritten.union(next.renderedPaths)
        guard !next.diagnostics.hasErrors else {
            return Result(state: next, written: written, unwritten: pending,
                          outcome: RebuildOutcome(diagnostics: next.diagnostics, changedURLs: [], succeeded: false))
        }
        let files = next.files
        guard var site = written else {
            do {
                try SiteWriter().write(files, to: output)
            } catch {
                return failure(writing: next, error)
            }
            return Result(state: next, written: WrittenSite(files), unwritten: [],
                          outcome: RebuildOutcome(diagnostics: next.diagnostics, changedURLs: nil, succeeded: true))
        }
        let changed = files.filter { pending.contains($0.path) && site.record($0) }
        do {
            try SiteWriter().patch(changed, in: output)
        } catch {
            return failure(writing: next, error)
        }
        return Result(state: next, written: site, unwritten: [],
                      outcome: RebuildOutcome(diagnostics: next.diagnostics,
                                              changedURLs: Set(changed.map { RebuildOutcome.url(ofOutputPath: $0.path.rawValue) }),
                                              succeeded: true))
    }

    /// The folder may now be part old, part new: the next build writes it in full.
    private func failure(writing next: SiteState, _ error: Error) -> Result {
        let problem = Diagnostic.error(.writeFailed, at: SourceLocation(file: output), "cannot write the site: \(error)")
        return Result(state: next, written: nil, unwritten: [],
                      outcome: RebuildOutcome(diagnostics: next.diagnostics + [problem], changedURLs: [], succeeded: false))
    }

    private func buildInFull() -> Result {
        let (result, state) = BuildPipeline().runKeepingState(options)
        guard result.succeeded else {
            // The state now differs from what is written in ways no one followed: the next
            // good build writes the whole site.
            return Result(state: state, written: nil, unwritten: [],
                          outcome: RebuildOutcome(diagnostics: result.diagnostics, changedURLs: [], succeeded: false))
        }
        let site = WrittenSite(result.files)
        return Result(state: state, written: site, unwritten: [],
                      outcome: RebuildOutcome(diagnostics: result.diagnostics,
                                              changedURLs: written.map { $0.changedURLs(to: site) },
                                              succeeded: true))
    }
}
