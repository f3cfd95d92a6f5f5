/// Something below a listed folder that the listing leaves out, and why: the loader reports each.
public struct SkippedEntry: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// A symbolic link that leads out of the folder; `target` is the link's text.
        case linkOutside(target: String)
        /// A symbolic link to a folder that holds it, or to a chain of links that never ends.
        case linkLoop(target: String)
        /// A symbolic link to nothing.
        case brokenLink(target: String)
        /// A folder that cannot be listed; `reason` says why, such as "permission denied".
        case unreadableFolder(reason: String)
    }

    /// The entry's path relative to the listed folder, with `/` separators.
    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }
}
