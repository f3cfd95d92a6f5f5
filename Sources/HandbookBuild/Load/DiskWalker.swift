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
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            listing.skipped.append(SkippedEntry(path: relative, reason: .unreadableFolder(reason: SiteLoader.reason(error))))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var real = folderReal + "/" + name
            if Self.kind(of: path, followingLinks: false) == .link {
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
            }
            switch Self.kind(of: real, followingLinks: true) {
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
