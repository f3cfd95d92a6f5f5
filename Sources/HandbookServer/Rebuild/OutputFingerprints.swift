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
        for file in files { hashes[file.path.rawValue] = Self.hash(file) }
        self.hashes = hashes
    }

    static func hash(_ file: OutputFile) -> Int {
        // Every byte: `Data`'s own hash reads only the first 80 bytes.
        var hasher = Hasher()
        let data: Data?
        switch file.contents {
        case .bytes(let bytes): data = bytes
        case .copy(let source): data = FileManager.default.contents(atPath: source)
        }
        hasher.combine(data?.count ?? -1)
        data?.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
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

extension OutputFingerprints {
    /// Records the hash of `file`; true when it differs from the one recorded before.
    mutating func update(_ file: OutputFile) -> Bool {
        let hash = Self.hash(file)
        return hashes.updateValue(hash, forKey: file.path.rawValue) != hash
    }
}
