import Foundation
import Testing
@testable import HandbookServer

@Suite struct StaticFileResponderTests {
    let folder: String
    let responder: StaticFileResponder

    init() throws {
        folder = NSTemporaryDirectory() + "handbook-static-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/assets", withIntermediateDirectories: true)
        try Data("<html><body><p>Home</p></body></html>".utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
        try Data("<html><body>Lost</body></html>".utf8).write(to: URL(fileURLWithPath: folder + "/404.html"))
        try Data("0123456789".utf8).write(to: URL(fileURLWithPath: folder + "/assets/digits.txt"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/assets/data.json"))
        try Data("<svg/>".utf8).write(to: URL(fileURLWithPath: folder + "/assets/logo.svg"))
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: folder + "/assets/font.woff2"))
        let big = Data(repeating: 7, count: 3 * 1024 * 1024)
        try big.write(to: URL(fileURLWithPath: folder + "/assets/big.bin"))
        responder = StaticFileResponder(folder: folder)
    }

    private func get(_ path: String, _ headers: [String: String] = [:], method: String = "GET") -> PreviewResponse {
        responder.respond(to: PreviewRequest(method: method, path: path, headers: headers))
    }

    private func text(_ response: PreviewResponse) -> String {
        guard case .bytes(let data) = response.body else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: [
        ("/assets/data.json", "application/json"), ("/assets/logo.svg", "image/svg+xml"),
        ("/assets/font.woff2", "font/woff2"), ("/assets/digits.txt", "text/plain; charset=utf-8"),
        ("/", "text/html; charset=utf-8"), ("/assets/big.bin", "application/octet-stream"),
    ])
    func answersWithTheRightContentType(path: String, type: String) {
        let response = get(path)
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == type)
    }

    @Test func addsTheReloadScriptToPagesBeforeTheEndOfTheBody() {
        let response = get("/")
        let page = text(response)
        #expect(page.hasPrefix("<html><body><p>Home</p><script src=\"/__handbook/reload.js\" data-etag="))
        #expect(page.hasSuffix("</script></body></html>"))
        #expect(response.headers["Content-Length"] == String(page.utf8.count))
    }

    @Test func answersAConditionalRequestWithNotModified() throws {
        for path in ["/", "/assets/digits.txt", "/assets/big.bin"] {
            let first = get(path)
            let tag = try #require(first.headers["ETag"])
            #expect(get(path, ["If-None-Match": tag]).status == 304)
            #expect(get(path, ["If-None-Match": "\"other\", W/\(tag)"]).status == 304)
            #expect(get(path, ["If-None-Match": "\"other\""]).status == 200)
            let modified = try #require(first.headers["Last-Modified"])
            #expect(get(path, ["If-Modified-Since": modified]).status == 304)
            #expect(get(path, ["If-Match": "\"other\""]).status == 412)
        }
    }

    @Test func headTellsTheLengthAndSendsNothing() {
        let response = get("/assets/digits.txt", method: "HEAD")
        #expect(response.status == 200)
        #expect(response.headers["Content-Length"] == "10")
        guard case .none = response.body else { Issue.record("HEAD has a body"); return }
    }

    @Test func servesARangeOfBytes() throws {
        let response = get("/assets/digits.txt", ["Range": "bytes=2-4"])
        #expect(response.status == 206)
        #expect(response.headers["Content-Range"] == "bytes 2-4/10")
        #expect(response.headers["Content-Length"] == "3")
        let big = get("/assets/big.bin", ["Range": "bytes=-5"])
        #expect(big.status == 206)
        guard case .file(_, let range) = big.body else { Issue.record("a big file is streamed"); return }
        #expect(range == (3 * 1024 * 1024 - 5)..<(3 * 1024 * 1024))
        let page = get("/", ["Range": "bytes=0-5"])
        #expect(text(page) == "<html>")
    }

    @Test func refusesARangeBeyondTheEnd() {
        let response = get("/assets/digits.txt", ["Range": "bytes=20-"])
        #expect(response.status == 416)
        #expect(response.headers["Content-Range"] == "bytes */10")
    }

    @Test func ignoresTheRangeWhenTheFileChangedSince() {
        let response = get("/assets/digits.txt", ["Range": "bytes=2-4", "If-Range": "\"stale\""])
        #expect(response.status == 200)
        #expect(response.headers["Content-Length"] == "10")
    }

    @Test func answersAMissingPageWithTheSitesNotFoundPage() {
        let response = get("/nowhere/")
        #expect(response.status == 404)
        #expect(text(response).contains("Lost"))
        #expect(text(response).contains("/__handbook/reload.js"))
    }

    @Test func redirectsFoldersAndRefusesTraversal() {
        let redirect = get("/assets")
        #expect(redirect.status == 301)
        #expect(redirect.headers["Location"] == "/assets/")
        #expect(get("/assets/").status == 404)
        #expect(get("/../etc/passwd").status == 403)
    }

    @Test func saysSoBeforeTheFirstBuild() {
        let unbuilt = StaticFileResponder(folder: folder + "/not-yet")
        let response = unbuilt.respond(to: PreviewRequest(method: "GET", path: "/"))
        #expect(response.status == 503)
        guard case .bytes(let data) = response.body else { Issue.record("no page"); return }
        #expect(String(decoding: data, as: UTF8.self).contains("/__handbook/reload.js"))
    }
}
