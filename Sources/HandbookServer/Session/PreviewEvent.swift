import HandbookModel

/// What the preview tells the terminal. `PreviewSession` reports; the command line prints.
public enum PreviewEvent: Sendable {
    /// Listening at `url` (with the port `--port 0` picked).
    case listening(url: String, isLoopback: Bool)
    /// Watching with this method; `fallbackReason` says why inotify was not used.
    case watching(method: String, fallbackReason: String?)
    /// A build finished: the first (`changes` empty) or a rebuild.
    case built(BuildReport)
}

/// One build of the preview, for the terminal.
public struct BuildReport: Sendable {
    /// What changed, relative to the root; empty for the first build.
    public var changes: [String]
    public var duration: Duration
    public var outcome: RebuildOutcome
}
