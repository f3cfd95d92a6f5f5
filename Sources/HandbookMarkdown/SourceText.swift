#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Markdown text as UTF-8 bytes cut into lines the way cmark cuts them (at `\n`, `\r\n`
/// or a lone `\r`), so that cmark's line numbers and byte columns can be looked up.
struct SourceText {
    let bytes: [UInt8]
    /// `lines[n - 1]` is the byte range of line n, without its line ending.
    let lines: [Range<Int>]

    init(_ text: String) {
        bytes = Array(text.utf8)
        lines = bytes.withUnsafeBufferPointer(Self.lineRanges)
    }

    private static func lineRanges(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        // Text read from a file has only `\n` line endings (see `SourceFile`): `memchr` finds them.
        if let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "\r")), bytes.count) == nil {
            while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                lines.append(start..<index)
                start = index + 1
            }
            if start < bytes.count || lines.isEmpty { lines.append(start..<bytes.count) }
            return lines
        }
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                lines.append(start..<index)
                index += 1
                start = index
            case UInt8(ascii: "\r"):
                lines.append(start..<index)
                let isCRLF = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
                index += isCRLF ? 2 : 1
                start = index
            default:
                index += 1
            }
        }
        if start < bytes.count || lines.isEmpty { lines.append(start..<bytes.count) }
        return lines
    }

    var lineCount: Int { lines.count }

    /// The byte range of a 1-based line, empty for a line the text does not have.
    func range(ofLine line: Int) -> Range<Int> {
        lines.indices.contains(line - 1) ? lines[line - 1] : bytes.count..<bytes.count
    }

    /// The 1-based line holding a byte offset.
    /// `hint` is the line it is likely on, looked at before the search.
    func line(containing offset: Int, near hint: Int? = nil) -> Int {
        if let hint, hint >= 1, hint <= lines.count, lines[hint - 1].lowerBound <= offset,
           hint == lines.count || lines[hint].lowerBound > offset {
            return hint
        }
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The position of a byte offset, its column counted in Unicode scalars; `hint` as for
    /// `line(containing:near:)`.
    func position(ofOffset offset: Int, nearLine hint: Int? = nil) -> MarkdownPosition {
        let line = line(containing: offset, near: hint)
        let start = range(ofLine: line).lowerBound
        let scalarsBefore = bytes[start..<max(start, offset)].count { $0 & 0xC0 != 0x80 }
        return MarkdownPosition(line: line, column: scalarsBefore + 1)
    }

    /// The position of cmark's (line, byte column), with the column clamped to the line.
    func position(line: Int, byteColumn: Int) -> MarkdownPosition {
        guard lines.indices.contains(line - 1) else {
            return MarkdownPosition(line: max(line, 1), column: max(byteColumn, 1))
        }
        let range = range(ofLine: line)
        let offset = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound)
        var position = self.position(ofOffset: offset)
        position.line = line
        return position
    }
}
