import Foundation
import HandbookModel
import Testing
@testable import HandbookServer

/// The whole preview on a free port: pages served with the script, an edit reloads the page, a
/// broken edit shows the overlay and keeps the last good page, a fix removes it.
@Suite struct PreviewSessionTests {
    final class Transcript: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [PreviewEvent] = []
        func record(_ event: PreviewEvent) { lock.withLock { events.append(event) } }
        var builds: [BuildReport] {
            lock.withLock { events.compactMap { if case .built(let report) = $0 { report } else { nil } } }
        }
    }

    private func start(_ site: TestSite, transcript: Transcript = Transcript()) async throws -> (PreviewSession, UInt16) {
        let configuration = PreviewConfiguration(root: site.root, address: ListenAddress("127.0.0.1")!, port: 0,
                                                 quietPeriod: .milliseconds(50))
        let session = PreviewSession(configuration: configuration, report: transcript.record)
        let url = try await session.start()
        let port = try #require(UInt16(url.split(separator: ":").last!.dropLast()))
        return (session, port)
    }

    @Test func editReloadBreakAndFix() async throws {
        let site = TestSite()
        defer { site.remove() }
        let transcript = Transcript()
        let (session, port) = try await start(site, transcript: transcript)
        let client = RawHTTPClient(port: port)

        let home = try await client.send("/")
        #expect(home.status == 200)
        #expect(home.text.contains("<h1>Home</h1>"))
        #expect(home.text.contains("<script src=\"/__handbook/reload.js\""))
        #expect(!(try String(contentsOfFile: site.output + "/index.html", encoding: .utf8)).contains("__handbook"),
                "the script is added while serving, not written into the output")
        let script = try await client.send("/__handbook/reload.js")
        #expect(script.status == 200)
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.text.contains("EventSource"))

        let events = try EventStreamClient(port: port)
        #expect(await events.next("hello") != nil)

        // An edit reloads the page that changed.
        site.write("content/tips/play.md", TestSite.playPage + "\nHide behind a blanket too.\n")
        let reload = try #require(await events.next("reload"))
        #expect(reload.data == #"{"all":false,"urls":["/tips/play/"]}"#)
        #expect(try await client.send("/tips/play/").text.contains("Hide behind a blanket too."))

        // A broken edit shows the problems and keeps the last good page.
        site.write("content/tips/play.md", TestSite.playPage + "\nSee [the missing page](missing.md).\n")
        let problems = try #require(await events.next("problems"))
        #expect(problems.data.contains(#""title":"build failed: 1 error""#))
        #expect(problems.data.contains("content/tips/play.md:10:5: error: "))
        let failed = try #require(transcript.builds.last)
        #expect(!failed.outcome.succeeded)
        let terminalLine = try #require(failed.outcome.diagnostics.first?.description)
        #expect(problems.data.contains(terminalLine), "the overlay shows the terminal's text")
        let stillGood = try await client.send("/tips/play/")
        #expect(stillGood.status == 200)
        #expect(stillGood.text.contains("Hide behind a blanket too."))

        // A page that opens now shows the problems at once.
        let latecomer = try EventStreamClient(port: port)
        #expect(await latecomer.next("problems") != nil)

        // The fix removes the overlay and reloads the page.
        site.write("content/tips/play.md", TestSite.playPage)
        #expect(await events.next("resolved") != nil)
        #expect(await events.next("reload")?.data == #"{"all":false,"urls":["/tips/play/"]}"#)
        #expect(!(try await client.send("/tips/play/").text.contains("blanket")))

        await session.stop()
    }

    @Test func servesFilesAsAStaticHostWould() async throws {
        let site = TestSite()
        defer { site.remove() }
        let (session, port) = try await start(site)
        let client = RawHTTPClient(port: port)

        #expect(try await client.send("/files/data.json").headers["content-type"] == "application/json")
        #expect(try await client.send("/files/logo.svg").headers["content-type"] == "image/svg+xml")
        #expect(try await client.send("/files/font.woff2").headers["content-type"] == "font/woff2")

        let css = try await client.send("/assets/style.css")
        let tag = try #require(css.headers["etag"])
        #expect(try await client.send("/assets/style.css", headers: ["If-None-Match": tag]).status == 304)
        let head = try await client.send("/assets/style.css", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == "19")
        let part = try await client.send("/assets/style.css", headers: ["Range": "bytes=0-3"])
        #expect(part.status == 206 && part.text == "body" && part.headers["content-range"] == "bytes 0-3/19")

        let missing = try await client.send("/no/such/page/")
        #expect(missing.status == 404 && missing.text.contains("Not found here"))
        let folder = try await client.send("/tips")
        #expect(folder.status == 301 && folder.headers["location"] == "/tips/")
        #expect(try await client.send("/", method: "POST").status == 405)
        let padding = Dictionary(uniqueKeysWithValues: (0..<40).map { ("X-Padding-\($0)", String(repeating: "a", count: 500)) })
        #expect(try await client.send("/", headers: padding).status == 431)
        let many = Dictionary(uniqueKeysWithValues: (0..<120).map { ("X-Many-\($0)", "a") })
        #expect(try await client.send("/", headers: many).status == 431)

        await session.stop()
    }

    @Test(arguments: [
        "/../handbook.yml", "/%2e%2e/handbook.yml", "/%2E%2E/%2e%2e/handbook.yml", "/..%2fhandbook.yml",
        "/..\\handbook.yml", "/%5c..%5chandbook.yml", "/../../../../etc/passwd", "//etc/passwd",
        "/assets/../../../handbook.yml", "/%00", "/outside-link/handbook.yml", "/leak.yml",
    ])
    func refusesEveryWayOutOfTheOutputFolder(target: String) async throws {
        let site = TestSite()
        defer { site.remove() }
        let (session, port) = try await start(site)
        // Links the build does not make, planted in the served folder.
        try? FileManager.default.createSymbolicLink(atPath: site.output + "/outside-link", withDestinationPath: site.root)
        try? FileManager.default.createSymbolicLink(atPath: site.output + "/leak.yml", withDestinationPath: site.root + "/handbook.yml")
        let response = try await RawHTTPClient(port: port).send(target)
        #expect(response.status == 403 || response.status == 404 || response.status == 400, "\(target): \(response.status)")
        #expect(!response.text.contains("base_url"), "\(target) leaked the configuration")
        await session.stop()
    }

    @Test func aPortInUseIsAClearError() async throws {
        let site = TestSite()
        defer { site.remove() }
        let (session, port) = try await start(site)
        let second = PreviewSession(configuration: PreviewConfiguration(root: site.root, address: ListenAddress("127.0.0.1")!, port: port),
                                    report: { _ in })
        await #expect(throws: PreviewServerError.addressInUse(host: "127.0.0.1", port: port)) {
            try await second.start()
        }
        await session.stop()
    }
}
