import HandbookModel

/// A page's folder, against which the paths of its links are resolved on their bytes, as
/// `SitePath.resolving(_:)` resolves them, when the page's path and the link's are ASCII: a
/// page has a few dozen links, and the resolved path is only looked up (`LinkTargetTable`),
/// so no String or array of parts need be made for it.
struct ASCIIFolder {
    /// The folder's parts joined by `/`: `tips/more` for `tips/more/play.md`.
    private let bytes: [UInt8]

    /// Nil when `page`'s path is not ASCII.
    init?(of page: SitePath) {
        let path = page.rawValue.utf8
        guard path.allSatisfy({ $0 < 0x80 }) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.count)
        // The parts before the last `/`, without empty ones (`a//b`), joined by `/`.
        if let lastSlash = path.lastIndex(of: Self.slash) {
            for byte in path[..<lastSlash] where byte != Self.slash || (bytes.last ?? Self.slash) != Self.slash {
                bytes.append(byte)
            }
            if bytes.last == Self.slash { bytes.removeLast() }
        }
        self.bytes = bytes
    }

    private static let slash = UInt8(ascii: "/")

    /// `relative`, ASCII and not starting with `/`, resolved against the folder into `path`
    /// (emptied first, its storage kept); false when it climbs above the top.
    func resolve(_ relative: UnsafeBufferPointer<UInt8>, into path: inout [UInt8]) -> Bool {
        path.removeAll(keepingCapacity: true)
        path.append(contentsOf: bytes)
        var start = 0
        while start <= relative.count {
            var end = start
            while end < relative.count, relative[end] != Self.slash { end += 1 }
            let count = end - start
            if count == 0 || (count == 1 && relative[start] == UInt8(ascii: ".")) {
                // An empty part (`a//b`, a trailing `/`) or `.` leaves the path as it is.
            } else if count == 2 && relative[start] == UInt8(ascii: ".") && relative[start + 1] == UInt8(ascii: ".") {
                // No part holds a `/`: the last part starts after the last one.
                guard !path.isEmpty else { return false }
                path.removeSubrange((path.lastIndex(of: Self.slash) ?? 0)...)
            } else {
                if !path.isEmpty { path.append(Self.slash) }
                path.append(contentsOf: UnsafeBufferPointer(rebasing: relative[start..<end]))
            }
            start = end + 1
        }
        return true
    }

    /// Whether `path` names a Markdown file, as `SitePath.pathExtension.lowercased() == "md"`
    /// says for an ASCII path: its last part ends in `.md` in any case, after at least one byte.
    static func isPage(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = path.count
        guard count >= 4, path[count - 3] == UInt8(ascii: "."), path[count - 2] | 0x20 == UInt8(ascii: "m"),
              path[count - 1] | 0x20 == UInt8(ascii: "d") else { return false }
        // `.md` is not an extension when it is the whole name.
        return path[count - 4] != slash
    }
}
