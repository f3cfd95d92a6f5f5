import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists the regular files below a folder in sorted order. Follows a symbolic link only when it
/// stays inside the folder and does not lead back to a folder that holds it, so every walk ends;
/// links it does not follow and folders it cannot read are listed as skipped, with the reason.
/// Names starting with a dot, and entries that are neither files nor folders (pipes, sockets,
/// devices), are left out.
struct DiskWalker {
    struct Listing {
        var files: [String] = []
        var skipped: [SkippedEntry] = []
    }

    /// A walk stops past this many files, so links between folders cannot multiply it for ever.
    static let maximumFileCount = 100_000

    let root: String

    func regularFiles() throws -> [String] { try walk().files }

    func walk() throws -> Listing {
        guard let rootReal = Self.realPath(root) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root])
        }
        // The top folder must be readable; below it, an unreadable folder is skipped.
        _ = try FileManager.default.contentsOfDirectory(atPath: root)
        var listing = Listing()
        try visit(root, real: rootReal, relative: "", rootReal: rootReal, ancestors: [rootReal], into: &listing)
        listing.files.sort()
        return listing
    }

    /// Lists `folder`, whose path with links resolved is `real`; `ancestors` are the resolved
    /// paths of the folders being walked, from the top down to this one.
    private func visit(_ folder: String, real folderReal: String, relative: String, rootReal: String,
                       ancestors: Set<String>, into listing: inout Listing) throws {
        let entries: [Entry]
        do {
            entries = try Self.entries(of: folder)
        } catch {
            listing.skipped.append(SkippedEntry(path: relative, reason: .unreadableFolder(reason: SiteLoader.reason(error))))
            return
        }
        for (name, entryKind) in entries where !name.hasPrefix(".") {
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var real = folderReal + "/" + name
            var kind = entryKind
            if kind == .link {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
                guard let resolved = Self.realPath(path) else {
                    let reason: SkippedEntry.Reason = errno == ELOOP ? .linkLoop(target: target) : .brokenLink(target: target)
                    listing.skipped.append(SkippedEntry(path: relativePath, reason: reason))
                    continue
                }
                guard resolved == rootReal || resolved.hasPrefix(rootReal + "/") else {
                    listing.skipped.append(SkippedEntry(path: relativePath, reason: .linkOutside(target: target)))
                    continue
                }
                if ancestors.contains(resolved) {
                    listing.skipped.append(SkippedEntry(path: relativePath, reason: .linkLoop(target: target)))
                    continue
                }
                real = resolved
                kind = Self.kind(of: real, followingLinks: true)
            }
            switch kind {
            case .folder:
                try visit(path, real: real, relative: relativePath, rootReal: rootReal,
                          ancestors: ancestors.union([real]), into: &listing)
            case .file:
                listing.files.append(relativePath)
                guard listing.files.count <= Self.maximumFileCount else {
                    throw CocoaError(.fileReadTooLarge, userInfo: [NSFilePathErrorKey: root])
                }
            case .link, .other, nil:
                continue
            }
        }
    }

    private enum Kind { case file, folder, link, other }

    /// A folder's entry: its name and what it is, the link itself for a symbolic link (nil
    /// when that cannot be told).
    private typealias Entry = (name: String, kind: Kind?)

    /// The entries of a folder, sorted by name. The kinds come with the names from `readdir`,
    /// saving a `stat` per entry; Foundation lists a folder that cannot be opened, or that holds
    /// a name that is not UTF-8, so that its error and names stay as they were.
    private static func entries(of folder: String) throws -> [Entry] {
        guard let directory = opendir(folder) else { return try foundationEntries(of: folder) }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(validatingCString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard let name else { return try foundationEntries(of: folder) }
            if name == "." || name == ".." { continue }
            let kind: Kind?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = Self.kind(of: folder + "/" + name, followingLinks: false)
            default: kind = .other
            }
            entries.append((name, kind))
        }
        return entries.sorted { $0.name < $1.name }
    }

    private static func foundationEntries(of folder: String) throws -> [Entry] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { name in
            (name, kind(of: folder + "/" + name, followingLinks: false))
        }
    }

    private static func kind(of path: String, followingLinks: Bool) -> Kind? {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The absolute path with every symbolic link resolved, or nil (with `errno` set) when it
    /// cannot be resolved.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
