/// Rebuilds the preview's output folder after files of the site changed.
///
/// `PreviewSession` calls it once at the start with no paths (build everything), then once per
/// batch of changes, never twice at the same time. An implementation writes the output folder
/// only when the build succeeds, so the last good pages stay served while there are errors.
public protocol SiteRebuilding: Sendable {
    /// - Parameter paths: what changed, relative to the site root (`content/tips/play.md`,
    ///   `handbook.yml`). A folder's path (`content/tips`) means anything below it may have
    ///   changed; the empty path, or an empty set, means anything at all may have.
    func rebuild(changed paths: Set<String>) async -> RebuildOutcome
}
