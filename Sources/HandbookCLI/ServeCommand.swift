import ArgumentParser
import Foundation
import HandbookServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the handbook: build it, serve it, and rebuild and reload on every change.",
        discussion: """
            Builds the site into ROOT/.handbook-cache/serve/public (never public/), serves it, \
            watches content/, seeds/, templates/ and handbook.yml, rebuilds after every change \
            and reloads the open pages that changed. While a change has errors the last good \
            pages stay served and the pages show the diagnostics over them. Ctrl-C stops. \
            Exit status 2 when the address cannot be used (such as a port already in use).
            """)

    @OptionGroup var root: RootOptions

    @Option(name: .long, help: "The address to listen on: an IP address, or localhost. Anything but a loopback address lets other machines read the preview.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; 0 picks a free one and prints it.")
    var port: UInt16 = 8000

    @Flag(name: .long, help: "Include pages whose front matter says 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Open the preview in the default browser.")
    var open = false

    @Flag(name: .long, help: "Watch by polling the files instead of with inotify (for network file systems).")
    var poll = false

    func validate() throws {
        if ListenAddress(host) == nil {
            throw ValidationError("--host must be an IP address, such as 127.0.0.1 or ::1, or localhost")
        }
        let rootPath = root.resolvedRoot
        if !FileManager.default.fileExists(atPath: rootPath + "/handbook.yml") {
            throw ValidationError("\(rootPath) is not a site: it has no handbook.yml")
        }
    }

    func run() async throws {
        let streams = StandardStreams.process
        let configuration = PreviewConfiguration(root: root.resolvedRoot, address: ListenAddress(host)!, port: port,
                                                 includeDrafts: drafts, forcesPolling: poll)
        let session = PreviewSession(configuration: configuration) { event in
            for line in PreviewTranscript.lines(for: event) {
                line.stream == .output ? streams.output(line.text) : streams.error(line.text)
            }
        }
        let stop = StopSignal.listen()
        let url: String
        do {
            url = try await session.start()
        } catch let error as PreviewServerError {
            streams.error("error: \(error)")
            throw ExitCode(2)
        }
        if open { openInBrowser(url, streams: streams) }
        await stop.received()
        streams.output("stopping")
        await session.stop()
    }

    private func openInBrowser(_ url: String, streams: StandardStreams) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            streams.error("note: cannot open a browser (\(error.localizedDescription)): visit \(url)")
        }
    }
}
