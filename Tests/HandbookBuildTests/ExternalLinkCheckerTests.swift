import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// Every request goes to a `LoopbackHTTPServer` on 127.0.0.1 or to a loopback port with nothing
/// listening: these tests never touch the network.
@Suite struct ExternalLinkCheckerTests {
    private static let start = Date(timeIntervalSince1970: 1_780_000_000)

    private func link(_ url: String, _ file: String, _ line: Int, _ column: Int) -> ExternalLink {
        ExternalLink(url: url, location: SourceLocation(file: file, line: line, column: column))
    }

    @Test func warnsAtEveryPlaceAFailingLinkIsWritten() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let refused = "http://127.0.0.1:\(LoopbackHTTPServer.unusedPort())/"
        let links = [
            link(server.url("/ok"), "content/index.md", 4, 1),
            link(server.url("/missing"), "content/tips/play.md", 12, 5),
            link(server.url("/missing"), "content/index.md", 9, 3),
            link(server.url("/missing#section"), "content/tips/index.md", 2, 14),
            link(server.url("/broken"), "content/tips/play.md", 20, 1),
            link(refused, "content/about.md", 3, 7),
        ]

        let diagnostics = await ExternalLinkChecker(cacheFile: nil).check(links)

        #expect(diagnostics.map(\.description) == [
            "content/about.md:3:7: warning: the link '\(refused)' could not be reached: connection failed",
            "content/index.md:9:3: warning: the link '\(server.url("/missing"))' answered 404 Not Found",
            "content/tips/index.md:2:14: warning: the link '\(server.url("/missing#section"))' answered 404 Not Found",
            "content/tips/play.md:12:5: warning: the link '\(server.url("/missing"))' answered 404 Not Found",
            "content/tips/play.md:20:1: warning: the link '\(server.url("/broken"))' answered 500 Internal Server Error",
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.code == .externalLinkFailed })
        #expect(server.requests("HEAD", "/missing") == 1)
        #expect(server.requests("GET", "/missing") == 0)
        #expect(server.totalRequests == 3)
        #expect(server.userAgents == ["handbook-link-checker"])
    }

    @Test func asksWithGETWhenTheServerRefusesHEAD() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }

        let diagnostics = await ExternalLinkChecker(cacheFile: nil).check([link(server.url("/no-head"), "content/index.md", 1, 1)])

        #expect(diagnostics == [])
        #expect(server.requests("HEAD", "/no-head") == 1)
        #expect(server.requests("GET", "/no-head") == 1)
    }

    @Test func followsRedirects() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }

        let diagnostics = await ExternalLinkChecker(cacheFile: nil).check([link(server.url("/moved"), "content/index.md", 1, 1)])

        #expect(diagnostics == [])
        #expect(server.requests("HEAD", "/moved") == 1)
        #expect(server.requests("HEAD", "/ok") == 1)
    }

    @Test func warnsWhenAServerDoesNotAnswerInTime() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let checker = ExternalLinkChecker(cacheFile: nil, timeout: .seconds(1))

        let diagnostics = await checker.check([link(server.url("/silent"), "content/index.md", 5, 2)])

        #expect(diagnostics.map(\.description) == [
            "content/index.md:5:2: warning: the link '\(server.url("/silent"))' did not answer within 1 s",
        ])
        #expect(server.requests("GET", "/silent") == 0)
    }

    @Test func neverHasMoreRequestsInFlightThanAllowed() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let links = (1...7).map { link(server.url("/slow/\($0)"), "content/index.md", $0, 1) }

        let diagnostics = await ExternalLinkChecker(cacheFile: nil, maxConcurrentRequests: 3).check(links)

        #expect(diagnostics == [])
        #expect(server.totalRequests == 7)
        #expect(server.mostConcurrentRequests == 3)
    }

    @Test func reusesAnswersWhileTheyAreYoung() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let cacheFile = Fixtures.temporaryFolder() + "/.handbook-cache/external-links.json"
        let links = [link(server.url("/ok"), "content/index.md", 1, 1), link(server.url("/missing"), "content/index.md", 2, 1)]
        func check(hoursLater hours: Double) async -> [Diagnostic] {
            let now = Self.start.addingTimeInterval(hours * 3600)
            return await ExternalLinkChecker(cacheFile: cacheFile, now: { now }).check(links)
        }

        let first = await check(hoursLater: 0)
        #expect(FileManager.default.fileExists(atPath: cacheFile))
        let soonAfter = await check(hoursLater: 0.5)
        #expect(soonAfter == first)
        #expect(server.requests("HEAD", "/ok") == 1)
        #expect(server.requests("HEAD", "/missing") == 1)

        // A failure is asked again after an hour, a success only after a day.
        let twoHoursLater = await check(hoursLater: 2)
        #expect(twoHoursLater == first)
        #expect(server.requests("HEAD", "/ok") == 1)
        #expect(server.requests("HEAD", "/missing") == 2)

        _ = await check(hoursLater: 25)
        #expect(server.requests("HEAD", "/ok") == 2)
        #expect(server.requests("HEAD", "/missing") == 3)
    }

    @Test func ignoresACorruptCacheFile() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let cacheFile = Fixtures.temporaryFolder() + "/external-links.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: cacheFile))
        let checker = ExternalLinkChecker(cacheFile: cacheFile, now: { Self.start })

        let diagnostics = await checker.check([link(server.url("/missing"), "content/index.md", 2, 1)])

        #expect(diagnostics.count == 1)
        #expect(server.requests("HEAD", "/missing") == 1)
        let cache = LinkCheckCache.load(from: cacheFile)
        #expect(cache[server.url("/missing")] == CachedLinkCheck(.answered(status: 404), checkedAt: Self.start))
    }

    @Test func remembersTimeoutsAndUnreachableHostsInTheCacheFile() throws {
        let cacheFile = Fixtures.temporaryFolder() + "/external-links.json"
        var cache = LinkCheckCache()
        cache.record(.timedOut(after: .seconds(10)), for: "https://a.example/", at: Self.start)
        cache.record(.unreachable(reason: "host not found"), for: "https://b.example/", at: Self.start)
        cache.record(.answered(status: 200), for: "https://c.example/", at: Self.start)

        try cache.save(to: cacheFile)

        #expect(LinkCheckCache.load(from: cacheFile) == cache)
        let text = try String(contentsOfFile: cacheFile, encoding: .utf8)
        #expect(text.contains(#""https://b.example/" : {"#))
        #expect(text.contains(#""unreachable" : "host not found""#))
    }
}
