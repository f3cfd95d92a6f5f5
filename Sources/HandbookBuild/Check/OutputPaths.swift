/// The paths of the built site's files, asked about for every link on every page. Besides the
/// set of strings, it keeps the paths' UTF-8 bytes in a table of its own, so that a link naming
/// a file byte for byte is found without making a `String` for it.
struct OutputPaths: Sendable {
    /// The paths, compared as strings compare (spellings that are canonically equivalent,
    /// such as a composed and a decomposed `é`, are equal).
    let strings: Set<String>
    /// By bytes, one key a path: a folder's `index.html` as a link to the folder writes it
    /// (`tips/` for `tips/index.html`, `` for `index.html`), which most links are, so that they
    /// are looked up as they stand; any other file by its path (`isFile`). A link that spells out
    /// `index.html` is then not found by bytes, and is checked as a string.
    private let table: ByteKeyTable
    private static let isFile = 1, isFolder = 2
    private static let index = Array("index.html".utf8)

    init(_ paths: some Sequence<String>) {
        strings = Set(paths)
        var kinds: [[UInt8]: Int] = [:]
        for path in strings {
            let bytes = Array(path.utf8)
            if bytes.count >= Self.index.count, bytes.suffix(Self.index.count).elementsEqual(Self.index) {
                kinds[Array(bytes.dropLast(Self.index.count)), default: 0] |= Self.isFolder
            } else {
                kinds[bytes, default: 0] |= Self.isFile
            }
        }
        table = ByteKeyTable(kinds.map { (key: $0.key, value: $0.value) })
    }

    /// Whether the bytes of `path`, followed by `index.html` when `isFolder` (the path is empty
    /// or ends with `/`), are those of one of the paths. False only says that no path is written
    /// with exactly these bytes: `strings` has the last word.
    func containsBytes(_ path: UnsafeBufferPointer<UInt8>, isFolder: Bool) -> Bool {
        guard let kind = table.value(for: path) else { return false }
        return kind & (isFolder ? Self.isFolder : Self.isFile) != 0
    }
}
