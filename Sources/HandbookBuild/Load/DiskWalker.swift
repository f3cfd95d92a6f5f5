import Foundation

/// Lists the regular files below a folder in sorted order. Follows symbolic links only when they
/// stay inside the folder, and never visits a folder twice (so a link loop ends).
struct DiskWalker {
    let root: String

    func regularFiles() throws -> [String] {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        var visited: Set<String> = []
        var result: [String] = []
        try walk(rootURL, relative: "", rootPath: rootURL.path, visited: &visited, into: &result)
        return result.sorted()
    }

    private func walk(_ folder: URL, relative: String, rootPath: String,
                      visited: inout Set<String>, into result: inout [String]) throws {
        let real = folder.resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            let target = url.resolvingSymlinksInPath().path
            guard target == rootPath || target.hasPrefix(rootPath + "/") else { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try walk(url, relative: path, rootPath: rootPath, visited: &visited, into: &result)
            } else {
                result.append(path)
            }
        }
    }
}
