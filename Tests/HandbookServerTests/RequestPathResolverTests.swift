import Foundation
import Testing
@testable import HandbookServer

/// Every way out of the output folder is refused (403) or not found (404); what is inside is served.
@Suite struct RequestPathResolverTests {
    let folder: String
    let outside: String

    init() throws {
        let base = NSTemporaryDirectory() + "handbook-resolver-" + UUID().uuidString
        folder = base + "/public"
        outside = base + "/secret.txt"
        try FileManager.default.createDirectory(atPath: folder + "/tips/play", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        try Data("page".utf8).write(to: URL(fileURLWithPath: folder + "/tips/play/index.html"))
        try Data("top".utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
        try Data("secret".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(atPath: folder + "/leak.txt", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: folder + "/up", withDestinationPath: base)
        try FileManager.default.createSymbolicLink(atPath: folder + "/alias.html", withDestinationPath: folder + "/index.html")
    }

    private func resolve(_ path: String) -> RequestPathResolver.Resolution {
        RequestPathResolver(folder: folder).resolve(path)
    }

    @Test(arguments: [
        "/../secret.txt", "/tips/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2e%2fsecret.txt",
        "/tips/%2e%2e/%2e%2e/secret.txt", "/..%5c..%5csecret.txt", "/tips\\..\\..\\secret.txt",
        "/leak.txt", "/up/secret.txt", "/./index.html", "/index.html%00.txt",
    ])
    func refusesPathsOutOfTheFolder(path: String) {
        let resolution = resolve(path)
        #expect(resolution == .refused || resolution == .notFound, "\(path) gave \(resolution)")
    }

    @Test(arguments: ["http://example.org/index.html", "index.html", "*", "/%zz"])
    func refusesTargetsThatAreNotPaths(path: String) {
        #expect(resolve(path) == .malformed)
    }

    @Test func servesFilesAndFolderIndexes() throws {
        guard case .file(let path, _) = resolve("/tips/play/") else { Issue.record("not a file"); return }
        #expect(path.hasSuffix("/public/tips/play/index.html"))
        guard case .file(let top, _) = resolve("/") else { Issue.record("not a file"); return }
        #expect(top.hasSuffix("/public/index.html"))
        guard case .file = resolve("/alias.html") else { Issue.record("a link inside the folder is served"); return }
    }

    @Test func redirectsAFolderWithoutItsSlash() {
        #expect(resolve("/tips/play") == .folderWithoutSlash(redirect: "/tips/play/"))
        #expect(resolve("//tips//play") == .folderWithoutSlash(redirect: "/tips/play/"))
    }

    @Test func neverListsAFolder() {
        #expect(resolve("/empty/") == .notFound)
        #expect(resolve("/missing.html") == .notFound)
    }
}
