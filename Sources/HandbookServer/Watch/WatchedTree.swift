/// The files a site is built from: `handbook.yml` and everything below `content/`, `seeds/` and
/// `templates/`, leaving out hidden files and folders (editors' swap and backup files), as the
/// build does.
public struct WatchedTree: Sendable, Equatable {
    /// The site root, an absolute path.
    public var root: String
    public var folders: [String]
    public var files: [String]

    public init(root: String, folders: [String] = ["content", "seeds", "templates"], files: [String] = ["handbook.yml"]) {
        self.root = root
        self.folders = folders
        self.files = files
    }

    /// Whether a path relative to the root is one the site is built from.
    public func contains(_ relativePath: String) -> Bool {
        let components = relativePath.split(separator: "/")
        guard let first = components.first.map(String.init) else { return false }
        if components.contains(where: { $0.hasPrefix(".") }) { return false }
        if components.count == 1 && files.contains(first) { return true }
        return folders.contains(first)
    }

    func absolute(_ relativePath: String) -> String {
        relativePath.isEmpty ? root : root + "/" + relativePath
    }
}
