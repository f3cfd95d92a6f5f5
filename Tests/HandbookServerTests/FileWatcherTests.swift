import Foundation
import Testing
@testable import HandbookServer

/// Both watchers, on the edits editors make: a save, an atomic save (write a temporary file,
/// rename it over the page), delete and re-create, a new folder, and hidden swap files.
@Suite(.serialized) struct FileWatcherTests {
    /// Collects what a watcher reports.
    final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: Set<String> = []

        func record(_ paths: [String]) { lock.withLock { seen.formUnion(paths) } }

        func take() -> Set<String> { lock.withLock { defer { seen = [] }; return seen } }

        /// Waits until `path` was reported (true) or `timeout` passes (false). Looks once more
        /// after the time is up: other tests may keep this one from running for a while.
        func waitFor(_ path: String, timeout: Double = 20) async -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if lock.withLock({ seen.contains(path) }) { return true }
                if Date() >= deadline { return false }
                try? await Task.sleep(for: .milliseconds(20))
            }
        }
    }

    static func watchers(for root: String) -> [any FileWatching] {
        let tree = WatchedTree(root: root)
        return [InotifyWatcher(tree: tree), PollingWatcher(tree: tree, interval: .milliseconds(100))]
    }

    @Test(arguments: [0, 1])
    func seesTheEditsEditorsMake(watcherIndex: Int) async throws {
        let site = TestSite()
        defer { site.remove() }
        let watcher = Self.watchers(for: site.root)[watcherIndex]
        let recorder = Recorder()
        try watcher.start(reporting: recorder.record)
        defer { watcher.stop() }

        site.write("content/index.md", "changed")
        #expect(await recorder.waitFor("content/index.md"), "\(watcher.method): a plain save")

        site.write("content/tips/.play.md.swp", "swap")
        site.write("content/tips/.play.md.tmp", "atomic")
        _ = rename(site.root + "/content/tips/.play.md.tmp", site.root + "/content/tips/play.md")
        #expect(await recorder.waitFor("content/tips/play.md"), "\(watcher.method): an atomic save")
        #expect(!recorder.take().contains { $0.contains("/.") }, "hidden files are left out")

        try FileManager.default.removeItem(atPath: site.root + "/content/tips/index.md")
        #expect(await recorder.waitFor("content/tips/index.md"), "\(watcher.method): a delete")
        _ = recorder.take()
        site.write("content/tips/index.md", "back")
        #expect(await recorder.waitFor("content/tips/index.md"), "\(watcher.method): re-created")

        site.write("content/new/deeper/page.md", "new")
        try await Task.sleep(for: .milliseconds(150))
        site.write("content/new/deeper/page.md", "newer")
        #expect(await recorder.waitFor("content/new/deeper/page.md"), "\(watcher.method): a file in a new folder")

        site.write("handbook.yml", "title: Changed\n")
        #expect(await recorder.waitFor("handbook.yml"), "\(watcher.method): the configuration")

        _ = recorder.take()
        site.write("public/index.html", "output")
        site.write("notes.txt", "not part of the site")
        try await Task.sleep(for: .milliseconds(400))
        #expect(recorder.take().isEmpty, "\(watcher.method): files the site is not built from")
    }

    @Test func aRenamedFolderIsWatchedUnderItsNewName() async throws {
        let site = TestSite()
        defer { site.remove() }
        let watcher = InotifyWatcher(tree: WatchedTree(root: site.root))
        let recorder = Recorder()
        try watcher.start(reporting: recorder.record)
        defer { watcher.stop() }
        _ = rename(site.root + "/content/tips", site.root + "/content/ideas")
        #expect(await recorder.waitFor("content/ideas"))
        #expect(await recorder.waitFor("content/tips"))
        site.write("content/ideas/play.md", "moved")
        #expect(await recorder.waitFor("content/ideas/play.md"))
    }

    @Test func theTreeHoldsOnlyWhatTheSiteIsBuiltFrom() {
        let tree = WatchedTree(root: "/site")
        #expect(tree.contains("handbook.yml"))
        #expect(tree.contains("content/tips/play.md"))
        #expect(tree.contains("templates/assets/style.css"))
        #expect(tree.contains("seeds"))
        #expect(!tree.contains("content/.play.md.swp"))
        #expect(!tree.contains(".handbook-cache/serve/public/index.html"))
        #expect(!tree.contains("public/index.html"))
        #expect(!tree.contains("README.md"))
    }
}
