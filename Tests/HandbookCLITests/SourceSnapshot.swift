import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything under a site's sources (`handbook.yml`, `content/`, `seeds/`, `templates/`) as it
/// is on disk: each file's bytes and permissions, each link's target, each folder. Links are
/// recorded, never followed. Taken before and after a command, it shows that the command wrote
/// nothing there.
struct SourceSnapshot: Equatable {
    enum Entry: Equatable {
        case file(Data, mode: mode_t)
        case folder(mode: mode_t)
        case link(String)
        case unreadable
    }

    static let sourcePaths = ["handbook.yml", "content", "seeds", "templates"]

    private(set) var entries: [String: Entry] = [:]

    init(site: String) {
        for path in Self.sourcePaths { record(site + "/" + path, as: path) }
    }

    private mutating func record(_ path: String, as name: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
            entries[name] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "")
        case S_IFDIR:
            entries[name] = .folder(mode: status.st_mode)
            guard let children = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                entries[name + "/"] = .unreadable
                return
            }
            for child in children { record(path + "/" + child, as: name + "/" + child) }
        default:
            if let data = FileManager.default.contents(atPath: path) {
                entries[name] = .file(data, mode: status.st_mode)
            } else {
                entries[name] = .unreadable
            }
        }
    }

    /// The paths whose entries differ between two snapshots, for a readable failure.
    func differences(from other: SourceSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
    }
}
