import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary: `handbook serve` prints where it serves, answers, stops cleanly on Ctrl-C,
/// and says clearly when the port is taken.
@Suite struct ServeCommandTests {
    static var executable: String {
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["HANDBOOK_BINARY"],
            CommandLine.arguments.first.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("handbook").path },
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("handbook").path,
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "handbook"
    }

    /// A running `handbook serve`, its output read line by line.
    final class Server: @unchecked Sendable {
        let process = Process()
        private let output = Pipe()
        private let errors = Pipe()
        private let lock = NSLock()
        private var lines: [String] = []
        private var errorText = ""

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: ServeCommandTests.executable)
            process.arguments = ["serve"] + arguments
            process.standardOutput = output
            process.standardError = errors
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.lines += text.split(separator: "\n").map(String.init) }
            }
            errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.errorText += text }
            }
            try process.run()
        }

        var standardError: String { lock.withLock { errorText } }

        func line(startingWith prefix: String, timeout: Double = 60) async -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let line = lock.withLock({ lines.first { $0.hasPrefix(prefix) } }) { return line }
                if !process.isRunning || Date() >= deadline { return nil }
                try? await Task.sleep(for: .milliseconds(20))
            }
        }

        func waitForExit(timeout: Double = 20) async -> Int32? {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
            if process.isRunning { process.terminate(); return nil }
            return process.terminationStatus
        }
    }

    @Test func servesUntilCtrlCThenStopsCleanly() async throws {
        let site = TestSite()
        defer { site.remove() }
        let server = try Server(["--root", site.root, "--port", "0"])
        let serving = try #require(await server.line(startingWith: "serving http://127.0.0.1:"), Comment(rawValue: server.standardError))
        let port = try #require(UInt16(serving.dropFirst("serving http://127.0.0.1:".count).prefix { $0.isNumber }))
        #expect(await server.line(startingWith: "built in ") != nil)
        let page = try await RawHTTPClient(port: port).send("/tips/play/")
        #expect(page.status == 200 && page.text.contains("Peek-a-boo"))

        site.write("content/index.md", "---\ntitle: Home\n---\n")
        #expect(await server.line(startingWith: "changed content/index.md") != nil)

        kill(server.process.processIdentifier, SIGINT)
        #expect(await server.waitForExit() == 0)
        #expect(server.standardError.contains("content/index.md:"), "the terminal prints the diagnostics")
    }

    @Test func aPortInUseExitsWithStatusTwo() async throws {
        let site = TestSite()
        defer { site.remove() }
        let first = try Server(["--root", site.root, "--port", "0"])
        let serving = try #require(await first.line(startingWith: "serving http://127.0.0.1:"))
        let port = String(serving.dropFirst("serving http://127.0.0.1:".count).prefix { $0.isNumber })

        let second = try Server(["--root", site.root, "--port", port])
        #expect(await second.waitForExit() == 2)
        #expect(second.standardError.contains("port \(port) on 127.0.0.1 is already in use"))

        kill(first.process.processIdentifier, SIGINT)
        #expect(await first.waitForExit() == 0)
    }
}
