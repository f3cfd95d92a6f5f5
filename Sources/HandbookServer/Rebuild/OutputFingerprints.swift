import Foundation
import HandbookBuild
import HandbookModel

/// A hash of every file of one build, by output path, to tell which URLs the next build changed.
/// The hashes are compared within one process only.
struct OutputFingerprints: Sendable, Equatable {
    private(set) var hashes: [String: Int]

    init(hashes: [String: Int]) { self.hashes = hashes }

    init(_ files: [OutputFile]) {
        var hashes: [String: Int] = [:]
        hashes.reserveCapacity(files.count)
        for file in files {
            var hasher = Hasher()
            switch file.contents {
            case .bytes(let data):
                hasher.combine(data)
            case .copy(let source):
                hasher.combine(FileManager.default.contents(atPath: source))
            }
            hashes[file.path.rawValue] = hasher.finalize()
        }
        self.hashes = hashes
    }

    /// The URLs of the files added, changed or removed since `previous`.
    func changedURLs(since previous: OutputFingerprints) -> Set<String> {
        var changed: Set<String> = []
        for (path, hash) in hashes where previous.hashes[path] != hash {
            changed.insert(RebuildOutcome.url(ofOutputPath: path))
        }
        for path in previous.hashes.keys where hashes[path] == nil {
            changed.insert(RebuildOutcome.url(ofOutputPath: path))
        }
        return changed
    }
}
