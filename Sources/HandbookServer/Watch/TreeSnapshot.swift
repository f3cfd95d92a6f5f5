import Foundation

/// The size, identity and modification time of every file of a watched tree, to compare with
/// an earlier look.
struct TreeSnapshot: Equatable {
    private(set) var stamps: [String: FileStatus] = [:]

    init(stamps: [String: FileStatus]) { self.stamps = stamps }

    init(of tree: WatchedTree) {
        for file in tree.files {
            if let status = FileStatus(path: tree.absolute(file)) { stamps[file] = status }
        }
        for folder in tree.folders { walk(folder, in: tree) }
    }

    private mutating func walk(_ relativePath: String, in tree: WatchedTree) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: tree.absolute(relativePath)) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = relativePath + "/" + name
            guard let status = FileStatus(path: tree.absolute(path)) else { continue }
            if status.kind == .directory {
                walk(path, in: tree)
            } else {
                stamps[path] = status
            }
        }
    }

    /// The files added, changed or removed since `earlier`, sorted.
    func changes(since earlier: TreeSnapshot) -> [String] {
        var changed: [String] = []
        for (path, status) in stamps where earlier.stamps[path] != status { changed.append(path) }
        for path in earlier.stamps.keys where stamps[path] == nil { changed.append(path) }
        return changed.sorted()
    }
}
