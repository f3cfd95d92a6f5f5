import Foundation
import HandbookBuild
import HandbookModel

/// Rebuilds the whole site on every change with `BuildPipeline`, which writes the output folder
/// atomically and leaves it as it was when there are errors. Tells which URLs changed by
/// comparing every output file with the previous good build's.
public actor FullRebuilder: SiteRebuilding {
    private let options: BuildOptions
    private var previous: OutputFingerprints?

    /// - Parameter options: the build to run; `output` must be set.
    public init(options: BuildOptions) {
        self.options = options
    }

    public func rebuild(changed paths: Set<String>) async -> RebuildOutcome {
        let options = self.options
        // The pipeline is synchronous and busy: it runs on a thread of its own, so the few
        // threads that run Swift's tasks stay free and the server keeps answering meanwhile.
        let (result, fingerprints) = await withCheckedContinuation { continuation in
            let thread = Thread {
                let result = BuildPipeline().run(options)
                let fingerprints = result.succeeded ? OutputFingerprints(result.files) : nil
                continuation.resume(returning: (result, fingerprints))
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        guard let fingerprints else {
            return RebuildOutcome(diagnostics: result.diagnostics, changedURLs: [], succeeded: false)
        }
        let changed = previous.map { fingerprints.changedURLs(since: $0) }
        previous = fingerprints
        return RebuildOutcome(diagnostics: result.diagnostics, changedURLs: changed, succeeded: true)
    }
}
