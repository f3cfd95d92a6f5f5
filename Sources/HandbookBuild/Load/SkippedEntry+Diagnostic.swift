import HandbookModel

extension SkippedEntry {
    /// The error the editor sees, at the entry's path relative to the site root; `folder` is the
    /// listed folder, such as `content`.
    func diagnostic(in folder: String) -> Diagnostic {
        let location = SourceLocation(file: path.isEmpty ? folder : folder + "/" + path)
        switch reason {
        case .linkOutside(let target):
            return .error(.symlinkOutside, at: location,
                          "the symbolic link points outside '\(folder)/' (to '\(target)'), and the build does not follow it: copy the file in instead")
        case .linkLoop(let target):
            return .error(.symlinkLoop, at: location,
                          "the symbolic link makes a loop (it points to '\(target)', which leads back to it): remove it")
        case .brokenLink(let target):
            return .error(.brokenSymlink, at: location,
                          "the symbolic link points to '\(target)', which does not exist")
        case .unreadableFolder(let reason):
            return .error(.unreadableFile, at: location, "cannot read the folder: \(reason)")
        }
    }
}
