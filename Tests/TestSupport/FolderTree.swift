import Foundation
import HandbookBuild

/// Every regular file below a folder with its bytes, by relative path, to compare whole sites.
public enum FolderTree {
    public static func files(in folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let files = try? FileSystem.disk.listFiles(folder) else { return [:] }
        for file in files { result[file] = FileManager.default.contents(atPath: folder + "/" + file) }
        return result
    }
}
