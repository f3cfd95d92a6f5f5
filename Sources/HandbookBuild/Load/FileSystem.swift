import Foundation

/// What the build reads from disk, as closures, so stages can be tested on files held in memory.
/// Paths are absolute or relative to the process; stages only ever pass paths under the site root.
public struct FileSystem: Sendable {
    public enum EntryKind: Sendable { case file, directory }

    /// The bytes of a file.
    public var read: @Sendable (_ path: String) throws -> Data
    /// Regular files below a folder, as sorted paths relative to it with `/` separators.
    /// Symbolic links are not followed out of the folder.
    public var listFiles: @Sendable (_ folder: String) throws -> [String]
    /// What is at a path, or nil when nothing is.
    public var kind: @Sendable (_ path: String) -> EntryKind?
    /// What `listFiles` leaves out of a folder for a reason the editor should hear about:
    /// symbolic links it does not follow, folders it cannot read.
    public var skippedEntries: @Sendable (_ folder: String) -> [SkippedEntry]
    /// `listFiles` and `skippedEntries` at once, as a single walk can tell both.
    var list: @Sendable (_ folder: String) throws -> (files: [String], skipped: [SkippedEntry])

    public init(read: @escaping @Sendable (String) throws -> Data,
                listFiles: @escaping @Sendable (String) throws -> [String],
                kind: @escaping @Sendable (String) -> EntryKind?,
                skippedEntries: @escaping @Sendable (String) -> [SkippedEntry] = { _ in [] }) {
        self.init(read: read, listFiles: listFiles, kind: kind, skippedEntries: skippedEntries,
                  list: { folder in (try listFiles(folder), skippedEntries(folder)) })
    }

    private init(read: @escaping @Sendable (String) throws -> Data,
                 listFiles: @escaping @Sendable (String) throws -> [String],
                 kind: @escaping @Sendable (String) -> EntryKind?,
                 skippedEntries: @escaping @Sendable (String) -> [SkippedEntry],
                 list: @escaping @Sendable (String) throws -> (files: [String], skipped: [SkippedEntry])) {
        self.read = read
        self.listFiles = listFiles
        self.kind = kind
        self.skippedEntries = skippedEntries
        self.list = list
    }
}

extension FileSystem {
    /// The real disk.
    public static let disk = FileSystem(
        // Foundation reads a failing file again, for its error, which diagnostics word.
        read: { path in try FileReader.contents(of: path) ?? Data(contentsOf: URL(fileURLWithPath: path)) },
        listFiles: { folder in try DiskWalker(root: folder).regularFiles() },
        kind: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            return isDirectory.boolValue ? .directory : .file
        },
        skippedEntries: { folder in (try? DiskWalker(root: folder).walk().skipped) ?? [] },
        list: { folder in
            let listing = try DiskWalker(root: folder).walk()
            return (listing.files, listing.skipped)
        }
    )

    /// Files held in memory, keyed by path: for tests.
    public static func memory(_ files: [String: String]) -> FileSystem {
        memoryBytes(files.mapValues { Data($0.utf8) })
    }

    /// Files held in memory as bytes, so input reaches the decoder as it is (for fuzzing).
    public static func memoryBytes(_ files: [String: Data]) -> FileSystem {
        FileSystem(
            read: { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            },
            listFiles: { folder in
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
            },
            kind: { path in
                if files[path] != nil { return .file }
                let prefix = path.hasSuffix("/") ? path : path + "/"
                return files.keys.contains { $0.hasPrefix(prefix) } ? .directory : nil
            }
        )
    }
}
