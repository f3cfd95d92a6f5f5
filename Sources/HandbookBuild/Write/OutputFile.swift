import Foundation
import HandbookModel

/// One file of the built site, relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes(Data)
        /// Text, written as UTF-8. A rendered page is kept as the String it was rendered into:
        /// turned into `Data`, every page was copied once more before it was written.
        case text(String)
        /// Text in pieces, written one after another as UTF-8: the search index of a large
        /// site is tens of megabytes of page entries, which joined into one string were the
        /// last thing its build did, on one thread.
        case pieces([String])
        /// A file copied as it is from this path.
        case copy(from: String)

        /// The bytes of a file made by the build; nil for a copied file.
        public var data: Data? {
            switch self {
            case .bytes(let data): data
            case .text(let text): Data(text.utf8)
            case .pieces(let pieces): pieces.reduce(into: Data()) { $0.append(contentsOf: $1.utf8) }
            case .copy: nil
            }
        }

        /// Whether two made files hold the same bytes (text compared by its UTF-8, not as
        /// Strings compare); nil when either is a copied file.
        public func hasSameBytes(as other: Contents) -> Bool? {
            switch (self, other) {
            case (.copy, _), (_, .copy): nil
            case (.text(let one), .text(let other)): one.utf8.elementsEqual(other.utf8)
            default: data == other.data
            }
        }
    }

    public var path: SitePath
    public var contents: Contents

    public init(_ path: SitePath, _ text: String) {
        self.path = path
        self.contents = .text(text)
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
