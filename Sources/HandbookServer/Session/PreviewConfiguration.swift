/// What `handbook serve` was asked for.
public struct PreviewConfiguration: Sendable {
    /// The site root, an absolute path.
    public var root: String
    public var address: ListenAddress
    /// 0 picks a free port.
    public var port: UInt16
    public var includeDrafts: Bool
    /// Where the preview builds the site: a folder of its own, never the site's `public/`.
    public var output: String
    /// Watch by polling even where inotify works.
    public var forcesPolling: Bool
    /// How long the files must stay unchanged before a rebuild starts.
    public var quietPeriod: Duration

    public init(root: String, address: ListenAddress, port: UInt16, includeDrafts: Bool = false,
                output: String? = nil, forcesPolling: Bool = false, quietPeriod: Duration = .milliseconds(5)) {
        self.root = root
        self.address = address
        self.port = port
        self.includeDrafts = includeDrafts
        self.output = output ?? Self.defaultOutput(root: root)
        self.forcesPolling = forcesPolling
        self.quietPeriod = quietPeriod
    }

    /// `ROOT/.handbook-cache/serve/public`
    public static func defaultOutput(root: String) -> String {
        root + "/.handbook-cache/serve/public"
    }
}
