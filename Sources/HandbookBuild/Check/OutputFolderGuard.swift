import Foundation
import HandbookModel

/// Refuses output folders that would overwrite the editor's files: the root itself, a folder that
/// holds `content/`, `templates/` or `seeds/`, or a folder inside one of them.
struct OutputFolderGuard {
    func check(output: String, root: String) -> Diagnostic? {
        let out = Self.canonical(output)
        let top = Self.canonical(root)
        let location = SourceLocation(file: output)
        if out == top || top.hasPrefix(out + "/") || out == "/" {
            return .error(.unsafeOutput, at: location,
                          "refusing to build into '\(output)': it holds the site's sources")
        }
        for folder in SiteLayout.sourceFolders + [SiteLayout.configurationFile] {
            let source = Self.canonical(top + "/" + folder)
            if out == source || out.hasPrefix(source + "/") {
                return .error(.unsafeOutput, at: location,
                              "refusing to build into '\(output)': it is inside '\(folder)'")
            }
            if FileManager.default.fileExists(atPath: out + "/" + folder) {
                return .error(.unsafeOutput, at: location,
                              "refusing to build into '\(output)': it holds '\(folder)'")
            }
        }
        return nil
    }

    /// An absolute path with symbolic links resolved, so two spellings of one folder compare equal.
    static func canonical(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        // Resolve the deepest part that exists; what does not exist yet is kept as written.
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            missing.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var resolved = url.resolvingSymlinksInPath().path
        for part in missing { resolved += (resolved.hasSuffix("/") ? "" : "/") + part }
        return resolved
    }
}
