import Foundation
import HandbookModel

/// Refuses output folders that would overwrite the editor's files. Before the build: the root
/// itself, a folder that holds `content/`, `templates/` or `seeds/`, a folder inside one of them,
/// and a path that is a file. Before writing (`checkReplaceable`): a folder that is not a site
/// built before, since the build replaces the whole folder.
struct OutputFolderGuard {
    /// Files every build writes, so every site built before has them.
    static let filesOfEveryBuild = ["404.html", "sitemap.xml"]
    /// Folders of version control that a build must never delete with the folder holding them.
    static let versionControlFolders = [".git", ".hg", ".svn"]

    func check(output: String, root: String) -> Diagnostic? {
        let out = Self.canonical(output)
        let top = Self.canonical(root)
        let location = SourceLocation(file: output)
        if out == top || top.hasPrefix(out + "/") || out == "/" {
            return .error(.unsafeOutput, at: location,
                          "refusing to build into '\(output)': it holds the site's sources")
        }
        if out == Self.canonical(top + "/" + SiteLayout.configurationFile) {
            return .error(.unsafeOutput, at: location,
                          "refusing to build into '\(output)': it is the site configuration '\(SiteLayout.configurationFile)'")
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
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            return .error(.unsafeOutput, at: location,
                          "refusing to build into '\(output)': it is a file, not a folder")
        }
        return nil
    }

    /// Whether the build may replace `output`, its contents deleted: it must be missing, empty
    /// or a site built before, and hold no version-control folder.
    func checkReplaceable(output: String) -> Diagnostic? {
        let location = SourceLocation(file: output)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: output), !names.isEmpty else { return nil }
        if let kept = Self.versionControlFolders.first(where: names.contains) {
            return .error(.unsafeOutput, at: location,
                          "refusing to build into '\(output)': it holds '\(kept)', which the build would delete with the folder: build elsewhere and copy the site in")
        }
        if let missing = Self.filesOfEveryBuild.first(where: { !names.contains($0) }) {
            return .error(.unsafeOutput, at: location,
                          "refusing to build into '\(output)': the build replaces the whole folder, and it is not a site built before (it has no '\(missing)'): choose a new or empty folder")
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
