import Foundation
import HandbookModel

/// One file of the built site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes(Data)
        /// A file copied as it is from this path.
        case copy(from: String)
    }

    public var path: SitePath
    public var contents: Contents

    public init(_ path: SitePath, _ text: String) {
        self.path = path
        self.contents = .bytes(Data(text.utf8))
    }

    public init(_ path: SitePath, _ contents: Contents) {
        self.path = path
        self.contents = contents
    }

    public init(_ path: SitePath, copying source: String) {
        self.path = path
        self.contents = .copy(from: source)
    }
}
