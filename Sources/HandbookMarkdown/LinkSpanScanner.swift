/// Finds where an inline link written with brackets ends in the source bytes, so that a
/// search for the next link on the line starts after its destination or label. It follows
/// CommonMark's rules loosely: backslash escapes, code spans, nested brackets and parentheses,
/// and quoted titles; where it is unsure it stops early.
struct LinkSpanScanner {
    let bytes: [UInt8]
    /// No scan goes past this offset.
    let limit: Int

    /// The offset of the `]` that closes the `[` at `open`.
    func closingBracket(from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "`"):
                index = endOfCodeSpan(at: index)
                continue
            case UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The offset just past the `(destination "title")` or `[label]` after the `]` at `close`,
    /// or just past the `]` when neither follows.
    func end(afterClosingBracket close: Int) -> Int {
        let next = close + 1
        guard next < limit else { return min(next, limit) }
        switch bytes[next] {
        case UInt8(ascii: "("): return endOfDestination(from: next) ?? next
        case UInt8(ascii: "["): return closingBracket(from: next).map { $0 + 1 } ?? next
        default: return next
        }
    }

    private func endOfDestination(from open: Int) -> Int? {
        var depth = 0
        var quote: UInt8?
        var index = open
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if let closing = quote {
                if byte == closing { quote = nil }
            } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && isSpace(before: index) {
                quote = byte
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return nil
    }

    private func isSpace(before index: Int) -> Bool {
        index > 0 && [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")]
            .contains(bytes[index - 1])
    }

    /// Just past the code span whose opening backticks start at `start`, or just past the
    /// backticks when no run of the same length closes them.
    func endOfCodeSpan(at start: Int) -> Int {
        let openingEnd = endOfBacktickRun(at: start)
        let length = openingEnd - start
        var index = openingEnd
        while index < limit {
            guard bytes[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            let runEnd = endOfBacktickRun(at: index)
            if runEnd - index == length { return runEnd }
            index = runEnd
        }
        return openingEnd
    }

    private func endOfBacktickRun(at start: Int) -> Int {
        var index = start
        while index < limit && bytes[index] == UInt8(ascii: "`") { index += 1 }
        return index
    }
}
