/// Tells which files of a site changed. `InotifyWatcher` and `PollingWatcher` are
/// interchangeable.
public protocol FileWatching: Sendable {
    /// How it watches, for the terminal: `inotify`, `polling every 500 ms`.
    var method: String { get }

    /// Starts watching, before it returns; `report` then gets the paths that changed, relative
    /// to the root, as they are seen (not yet batched). A folder's path means anything below it
    /// may have changed; the empty path means anything at all may have.
    /// - Throws: `WatchError` when this way of watching is not available.
    func start(reporting report: @escaping @Sendable ([String]) -> Void) throws

    /// Stops reporting.
    func stop()
}

/// Why a watcher could not start.
public enum WatchError: Error, Equatable, CustomStringConvertible {
    case unavailable(reason: String)

    public var description: String {
        switch self {
        case .unavailable(let reason): reason
        }
    }
}
