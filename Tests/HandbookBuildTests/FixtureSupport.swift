import Foundation
import HandbookBuild
import HandbookModel
import TestSupport

/// Paths to the fixture sites beside these tests, and helpers to compare whole folders.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// Set `RECORD_SNAPSHOTS=1` to rewrite the expected trees from the current output.
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func site(_ name: String) -> String { folder + "/" + name + "/site" }
    static func expected(_ name: String) -> String { folder + "/" + name + "/expected" }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "handbook-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Copies a fixture site into a temporary folder, so a test may change it or build beside it.
    static func copyOfSite(_ name: String) -> String {
        let copy = temporaryFolder() + "/site"
        try! FileManager.default.copyItem(atPath: site(name), toPath: copy)
        return copy
    }

    /// Every regular file below a folder with its bytes, by relative path.
    static func tree(_ folder: String) -> [String: Data] { FolderTree.files(in: folder) }

    static func replaceTree(_ folder: String, with source: String) {
        try? FileManager.default.removeItem(atPath: folder)
        try! FileManager.default.copyItem(atPath: source, toPath: folder)
    }
}
