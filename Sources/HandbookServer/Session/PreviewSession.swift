import Foundation
import HandbookBuild
import HandbookModel

/// The live preview: serves the output folder, watches the site, rebuilds on every batch of
/// changes and tells the open pages to reload or to show the build's problems.
public actor PreviewSession {
    /// Makes the rebuilder once the address, so the base URL, is known.
    public typealias RebuilderFactory = @Sendable (_ options: BuildOptions) -> any SiteRebuilding

    private let configuration: PreviewConfiguration
    private let makeRebuilder: RebuilderFactory
    private let report: @Sendable (PreviewEvent) -> Void
    private let channel = ReloadChannel()
    private let batcher: ChangeBatcher
    private var server: PreviewHTTPServer?
    private var watcher: (any FileWatching)?
    private var tasks: [Task<Void, Never>] = []

    /// - Parameters:
    ///   - makeRebuilder: the default rebuilds what each change touched with `IncrementalRebuilder`.
    ///   - report: gets every event, to print it.
    public init(configuration: PreviewConfiguration,
                makeRebuilder: @escaping RebuilderFactory = { IncrementalRebuilder(options: $0) },
                report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.configuration = configuration
        self.makeRebuilder = makeRebuilder
        self.report = report
        self.batcher = ChangeBatcher(quietPeriod: configuration.quietPeriod)
    }

    /// Listens, watches, builds the site once and starts rebuilding on changes. Returns the URL
    /// the site is served at.
    /// - Throws: `PreviewServerError` when the address cannot be listened on.
    @discardableResult
    public func start() async throws -> String {
        let responder = PreviewResponder(outputFolder: configuration.output, channel: channel)
        let server = try PreviewHTTPServer(address: configuration.address, port: configuration.port, responder: responder)
        let port = try await server.start()
        self.server = server
        let url = configuration.address.url(port: port)
        report(.listening(url: url, isLoopback: configuration.address.isLoopback))

        startWatching()
        let options = BuildOptions(root: configuration.root, output: configuration.output,
                                   baseURL: BaseURL(url), includeDrafts: configuration.includeDrafts)
        let rebuilder = makeRebuilder(options)
        await build(with: rebuilder, changes: [])
        let channel = self.channel
        tasks.append(Task { await self.rebuildOnChanges(with: rebuilder) })
        tasks.append(Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await channel.broadcast(.keepAlive)
            }
        })
        return url
    }

    /// Stops watching, ends every open event stream and stops the server.
    public func stop() async {
        watcher?.stop()
        watcher = nil
        await batcher.finish()
        for task in tasks { task.cancel() }
        tasks = []
        await channel.finish()
        await server?.stop()
        server = nil
    }

    /// How many pages are connected to the reload channel.
    public var connectedPages: Int {
        get async { await channel.subscriberCount }
    }

    private func startWatching() {
        let tree = WatchedTree(root: configuration.root)
        let batcher = self.batcher
        let reportChanges: @Sendable ([String]) -> Void = { paths in
            Task { await batcher.add(paths) }
        }
        var fallbackReason: String?
        if !configuration.forcesPolling {
            let inotify = InotifyWatcher(tree: tree)
            do {
                try inotify.start(reporting: reportChanges)
                watcher = inotify
                report(.watching(method: inotify.method, fallbackReason: nil))
                return
            } catch {
                fallbackReason = "\(error)"
            }
        }
        let polling = PollingWatcher(tree: tree)
        try? polling.start(reporting: reportChanges)
        watcher = polling
        report(.watching(method: polling.method, fallbackReason: fallbackReason))
    }

    private func rebuildOnChanges(with rebuilder: any SiteRebuilding) async {
        while let changes = await batcher.next() {
            await build(with: rebuilder, changes: changes)
        }
    }

    private func build(with rebuilder: any SiteRebuilding, changes: Set<String>) async {
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = await rebuilder.rebuild(changed: changes)
        let duration = start.duration(to: clock.now)
        await channel.publish(outcome)
        report(.built(BuildReport(changes: changes.sorted(), duration: duration, outcome: outcome)))
    }
}
