import Foundation
import HandbookBuild

extension FileSystem {
    /// Files held in memory as bytes, so the fuzzer's input reaches the decoder as it is.
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
