import Foundation
#if os(Linux)
import Glibc
#endif

/// Watches with Linux's inotify: a watch on every folder, events read on a thread of its own.
public final class InotifyWatcher: FileWatching, @unchecked Sendable {
    private let tree: WatchedTree
    private let lock = NSLock()
    private var isStopped = false

    public init(tree: WatchedTree) {
        self.tree = tree
    }

    public var method: String { "inotify" }

    public func start(reporting report: @escaping @Sendable ([String]) -> Void) throws {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw WatchError.unavailable(reason: "inotify is not available: " + String(cString: strerror(errno)))
        }
        var table = InotifyWatchTable(descriptor: descriptor, tree: tree)
        do {
            try table.watchEverything()
        } catch {
            close(descriptor)
            throw error
        }
        nonisolated(unsafe) var ownedTable = table
        let thread = Thread { [self] in
            self.readEvents(from: descriptor, into: &ownedTable, reporting: report)
            close(descriptor)
        }
        thread.name = "handbook inotify"
        thread.start()
        #else
        throw WatchError.unavailable(reason: "inotify is Linux only")
        #endif
    }

    public func stop() {
        lock.withLock { isStopped = true }
    }

    private var shouldStop: Bool { lock.withLock { isStopped } }

    #if os(Linux)
    private func readEvents(from descriptor: Int32, into table: inout InotifyWatchTable,
                            reporting report: @Sendable ([String]) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !shouldStop {
            // Wake up now and then to notice `stop()`.
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 200) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            let changed = buffer.withUnsafeBytes { table.changes(in: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            if !changed.isEmpty && !shouldStop { report(changed) }
        }
    }
    #endif
}
