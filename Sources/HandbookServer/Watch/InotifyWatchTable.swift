#if os(Linux)
import Foundation
import Glibc

/// The inotify watches of one tree: a watch on the root (for `handbook.yml` and the top folders)
/// and one on every folder below the watched folders, kept up to date as folders come and go.
/// Turns inotify's raw events into changed paths.
struct InotifyWatchTable {
    private let descriptor: Int32
    private let tree: WatchedTree
    /// Each watch's folder, relative to the root ("" for the root itself).
    private var folders: [Int32: String] = [:]

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        | UInt32(IN_ONLYDIR)

    init(descriptor: Int32, tree: WatchedTree) {
        self.descriptor = descriptor
        self.tree = tree
    }

    /// Watches the root and every folder below the watched ones.
    /// - Throws: `WatchError` when a watch cannot be added (most often: the system's limit on
    ///   watches is reached).
    mutating func watchEverything() throws {
        try watch("")
        for folder in tree.folders { try watchRecursively(folder) }
    }

    /// The paths the events in `bytes` (as read from the descriptor) name.
    mutating func changes(in bytes: UnsafeRawBufferPointer) -> [String] {
        var changed: [String] = []
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= bytes.count {
            let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let nameLength = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + headerSize)..<min(bytes.count, offset + headerSize + nameLength)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + nameLength
            changed += handle(watch: watch, mask: mask, name: name)
        }
        return changed
    }

    private mutating func handle(watch: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: watch everything again and rebuild everything.
            for watch in folders.keys { inotify_rm_watch(descriptor, watch) }
            folders = [:]
            try? watchEverything()
            return [""]
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return []
        }
        guard let folder = folders[watch], !name.isEmpty else { return [] }
        let path = folder.isEmpty ? name : folder + "/" + name
        guard tree.contains(path) else { return [] }
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                try? watchRecursively(path)
            } else if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
                unwatch(below: path)
            }
        }
        return [path]
    }

    private mutating func watch(_ relativePath: String) throws {
        let watch = inotify_add_watch(descriptor, tree.absolute(relativePath), Self.mask)
        guard watch >= 0 else {
            let code = errno
            // A folder that vanished meanwhile is no problem: its parent reports it.
            if code == ENOENT || code == ENOTDIR { return }
            throw WatchError.unavailable(reason: "cannot watch \(relativePath.isEmpty ? "the site root" : relativePath): "
                + String(cString: strerror(code)))
        }
        folders[watch] = relativePath
    }

    private mutating func watchRecursively(_ relativePath: String) throws {
        var status = stat()
        guard lstat(tree.absolute(relativePath), &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        try watch(relativePath)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: tree.absolute(relativePath))) ?? []
        for name in names where !name.hasPrefix(".") {
            try watchRecursively(relativePath + "/" + name)
        }
    }

    /// Forgets the watches of a folder moved out or deleted, and of everything below it.
    private mutating func unwatch(below relativePath: String) {
        for (watch, folder) in folders where folder == relativePath || folder.hasPrefix(relativePath + "/") {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }
}
#endif
