import Foundation

/// Watches by looking at every file's size and modification time at an interval: slower than
/// inotify, but works everywhere (network file systems, a full inotify watch table).
public final class PollingWatcher: FileWatching, @unchecked Sendable {
    private let tree: WatchedTree
    private let interval: Duration
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    public init(tree: WatchedTree, interval: Duration = .milliseconds(500)) {
        self.tree = tree
        self.interval = interval
    }

    public var method: String {
        "polling every \(interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000) ms"
    }

    public func start(reporting report: @escaping @Sendable ([String]) -> Void) throws {
        let tree = self.tree, interval = self.interval
        let first = TreeSnapshot(of: tree)
        let task = Task.detached(priority: .utility) {
            var previous = first
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }
                let next = TreeSnapshot(of: tree)
                let changed = next.changes(since: previous)
                if !changed.isEmpty { report(changed) }
                previous = next
            }
        }
        lock.withLock { self.task = task }
    }

    public func stop() {
        lock.withLock {
            task?.cancel()
            task = nil
        }
    }
}
