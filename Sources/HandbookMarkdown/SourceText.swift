/// The Markdown text as UTF-8 bytes cut into lines the way cmark cuts them (at `\n`, `\r\n`
/// or a lone `\r`), so that cmark's line numbers and byte columns can be looked up.
struct SourceText {
    let bytes: [UInt8]
    /// `lines[n - 1]` is the byte range of line n, without its line ending.
    let lines: [Range<Int>]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var start = 0
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
        self.lines = lines
    }

    var lineCount: Int { lines.count }

    /// The byte range of a 1-based line, empty for a line the text does not have.
    func range(ofLine line: Int) -> Range<Int> {
        lines.indices.contains(line - 1) ? lines[line - 1] : bytes.count..<bytes.count
    }

    /// The 1-based line holding a byte offset.
    func line(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The position of a byte offset, its column counted in Unicode scalars.
    func position(ofOffset offset: Int) -> MarkdownPosition {
        let line = line(containing: offset)
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
