import Foundation
import HandbookBuild
import HandbookModel

/// The files last written to the output folder, to tell which the next build changes: pages
/// and other made files by their bytes, copied files by a hash of their contents (the source a
/// copy was made from may since have changed in place).
struct WrittenSite: Sendable {
    private var files: [SitePath: OutputFile] = [:]
    private var copyHashes: [SitePath: Int] = [:]

    init(_ files: [OutputFile]) {
        for file in files {
            self.files[file.path] = file
            if case .copy(let source) = file.contents { copyHashes[file.path] = Self.hash(of: source) }
        }
    }

    /// Records `file` as written; true when it differs from the file written at its path before.
    mutating func record(_ file: OutputFile) -> Bool {
        let old = files.updateValue(file, forKey: file.path)
        if let same = old?.contents.hasSameBytes(as: file.contents) { return !same }
        switch file.contents {
        case .copy(let source):
            let hash = Self.hash(of: source)
            return copyHashes.updateValue(hash, forKey: file.path) != hash
        default:
            return true
        }
    }

    /// The URLs of the files that `site` adds, changes or removes compared with this one.
    func changedURLs(to site: WrittenSite) -> Set<String> {
        var changed: Set<SitePath> = []
        for (path, file) in site.files {
            switch (files[path]?.contents, file.contents) {
            case (let before?, let after) where before.hasSameBytes(as: after) == true: continue
            case (.copy?, .copy) where copyHashes[path] == site.copyHashes[path]: continue
            default: changed.insert(path)
            }
        }
        for path in files.keys where site.files[path] == nil { changed.insert(path) }
        return Set(changed.map { RebuildOutcome.url(ofOutputPath: $0.rawValue) })
    }

    /// Every byte of a copied file: `Data`'s own hash reads only the first 80 bytes.
    private static func hash(of path: String) -> Int {
        var hasher = Hasher()
        let data = FileManager.default.contents(atPath: path)
        hasher.combine(data?.count ?? -1)
        data?.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}
