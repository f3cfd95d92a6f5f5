import Foundation

/// Broadcasts reload events to every connected page, and remembers the current problems so a
/// page that connects while the build is failing shows them at once.
public actor ReloadChannel {
    private var subscribers: [UUID: AsyncStream<ReloadEvent>.Continuation] = [:]
    private var problems: OverlayReport?
    private var isFinished = false

    public init() {}

    /// The events for one new connection, starting with `hello` and the current problems.
    public func subscribe() -> AsyncStream<ReloadEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self, bufferingPolicy: .bufferingNewest(64))
        guard !isFinished else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        continuation.yield(.hello)
        if let problems { continuation.yield(.problems(problems)) }
        continuation.onTermination = { _ in
            Task { await self.unsubscribe(id) }
        }
        subscribers[id] = continuation
        return stream
    }

    /// How many pages are connected.
    public var subscriberCount: Int { subscribers.count }

    /// Tells every page what a build did: shows its problems when it failed; otherwise removes
    /// the overlay and reloads the pages whose files changed.
    public func publish(_ outcome: RebuildOutcome) {
        guard outcome.succeeded else {
            let report = OverlayReport(failedBuildDiagnostics: outcome.diagnostics)
            problems = report
            broadcast(.problems(report))
            return
        }
        if problems != nil {
            problems = nil
            broadcast(.resolved)
        }
        if let urls = outcome.changedURLs, urls.isEmpty { return }
        broadcast(.reload(urls: outcome.changedURLs))
    }

    public func broadcast(_ event: ReloadEvent) {
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// Ends every connection's stream, so the server can stop.
    public func finish() {
        isFinished = true
        let continuations = subscribers.values
        subscribers = [:]
        for continuation in continuations { continuation.finish() }
    }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }
}
