/// Gathers the paths watchers report into batches: a batch is handed out once no change came
/// for a short quiet period (so a burst of saves, or an editor's delete-and-rename, is one
/// rebuild), or at the latest some time after its first change. Changes reported during a
/// rebuild wait for the next batch.
public actor ChangeBatcher {
    private let quietPeriod: Duration
    private let longestWait: Duration
    private var pending: Set<String> = []
    private var firstChange: ContinuousClock.Instant?
    private var lastChange: ContinuousClock.Instant?
    private var waiter: CheckedContinuation<Void, Never>?
    private var isFinished = false

    public init(quietPeriod: Duration = .milliseconds(60), longestWait: Duration = .milliseconds(600)) {
        self.quietPeriod = quietPeriod
        self.longestWait = longestWait
    }

    public func add(_ paths: [String]) {
        guard !isFinished, !paths.isEmpty else { return }
        pending.formUnion(paths)
        let now = ContinuousClock.now
        if firstChange == nil { firstChange = now }
        lastChange = now
        wakeWaiter()
    }

    /// Ends `next()`: it returns nil from now on.
    public func finish() {
        isFinished = true
        wakeWaiter()
    }

    /// The next batch, once it is complete; nil once finished or cancelled.
    public func next() async -> Set<String>? {
        while !isFinished && !Task.isCancelled {
            guard let first = firstChange, let last = lastChange else {
                await withTaskCancellationHandler {
                    await withCheckedContinuation { waiter = $0 }
                } onCancel: {
                    Task { await self.wakeWaiter() }
                }
                continue
            }
            let due = min(last + quietPeriod, first + longestWait)
            if ContinuousClock.now >= due {
                let batch = pending
                pending = []
                firstChange = nil
                lastChange = nil
                return batch
            }
            try? await Task.sleep(until: due, clock: .continuous)
        }
        return nil
    }

    private func wakeWaiter() {
        waiter?.resume()
        waiter = nil
    }
}
