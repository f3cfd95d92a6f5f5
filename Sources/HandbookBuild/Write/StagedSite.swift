import Foundation
import HandbookModel

/// A site written file by file into a staging folder beside the output folder, as the build
/// makes it, then put in the output folder's place in one step (`finish`), so a build that fails
/// or is killed leaves the previous site as it was. Files may be written from several threads
/// at once; a failure is kept and reported by `finish`, and the build carries on.
final class StagedSite: @unchecked Sendable {
    let output: String
    /// Nil for a site that keeps nothing (`discarding`).
    private let staging: String?
    private let lock = NSLock()
    /// The first failure, by output path (the order it happened in depends on the scheduling).
    private var failure: (path: String, error: Error)?
    private var isOpen = false
    /// The queue `writeLater` writes on, one file after the other.
    private let laterQueue = DispatchQueue(label: "handbook.staged-site.later")
    /// How many batches of files `writeLater` may hold at once: the build waits for room rather
    /// than let rendered pages pile up in memory when the disk is slower than the build.
    private let laterRoom = DispatchSemaphore(value: 2)

    init(output: String) {
        self.output = output
        self.staging = SiteWriter.stagingFolder(for: output)
    }

    private init() {
        output = ""
        staging = nil
    }

    /// A site that takes every file and keeps none, for a build that only checks: the files
    /// are made and checked as a build makes them, page by page, and none stays in memory.
    static func discarding() -> StagedSite { StagedSite() }

    /// Makes the staging folder, anew.
    func open() {
        guard let staging else { return }
        let manager = FileManager.default
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            record(error, at: "")
        }
        lock.withLock { isOpen = true }
    }

    /// Makes the folders that files at `paths` go in. Not from several threads at once.
    func makeFolders(for paths: some Sequence<SitePath>) {
        guard let staging, !hasFailed else { return }
        for folder in Set(paths.map(\.directory)).sorted() where !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true)
            } catch {
                record(error, at: folder)
            }
        }
    }

    var hasFailed: Bool { lock.withLock { failure != nil } }

    /// Writes `file`, making its own folder when it is not there yet; the folders above it must
    /// be there (`makeFolders`). Pages make their folders as they are written (`writeLater`):
    /// creating 10,000 folders is the file system's slowest step, and done there it overlaps
    /// with the rendering of other pages instead of holding up the build.
    func write(_ file: OutputFile) {
        guard let staging, !hasFailed else { return }
        let folder = file.path.directory
        do {
            // One system call; Foundation's again only when it failed, for its description of why.
            if !folder.isEmpty, mkdir(staging + "/" + folder, 0o777) != 0, errno != EEXIST {
                try FileManager.default.createDirectory(atPath: staging + "/" + folder, withIntermediateDirectories: true)
            }
            try SiteWriter.write(file, into: staging)
        } catch {
            record(error, at: file.path.rawValue)
        }
    }

    /// Writes `files` as `write` does, one after the other, but on a queue of the site's own
    /// while the caller goes on (with `HANDBOOK_JOBS=1`, at once): the queue's thread writes a
    /// batch of pages while the next batch is linked and rendered, and fills the moments when
    /// the build runs on one thread, between batches.
    func writeLater(_ files: [OutputFile]) {
        guard staging != nil, !files.isEmpty else { return }
        if Parallelism.isSerial { return files.forEach(write) }
        laterRoom.wait()
        laterQueue.async {
            files.forEach(self.write)
            self.laterRoom.signal()
        }
    }

    /// Waits until every file given to `writeLater` is written.
    private func waitForLaterWrites() {
        laterQueue.sync {}
    }

    /// Makes the folders of `files`, then writes them in parallel.
    func write(_ files: [OutputFile]) {
        makeFolders(for: files.map(\.path))
        _ = files.concurrentMap { write($0) }
    }

    /// A file to write piece by piece; nil once a write has failed.
    func stream(_ path: SitePath) -> StreamedFile? {
        makeFolders(for: [path])
        guard let staging, !hasFailed else { return nil }
        do {
            return try StreamedFile(staging + "/" + path.rawValue)
        } catch {
            record(error, at: path.rawValue)
            return nil
        }
    }

    func record(_ error: Error, at path: String) {
        lock.withLock {
            if failure.map({ path < $0.path }) ?? true { failure = (path, error) }
        }
    }

    /// Replaces the output folder with the staging folder, or throws the first failure and
    /// removes the staging folder.
    func finish() throws {
        precondition(isOpen, "the staging folder of '\(output)' was never made")
        guard let staging else { return }
        waitForLaterWrites()
        do {
            if let failure = lock.withLock({ failure }) { throw failure.error }
            try AtomicSwap.replace(output, with: staging)
        } catch {
            discard()
            throw error
        }
        // The previous site, when there was one.
        discard()
    }

    /// Removes the staging folder and whatever was written into it.
    func discard() {
        guard let staging else { return }
        waitForLaterWrites()
        try? FileManager.default.removeItem(atPath: staging)
    }
}
