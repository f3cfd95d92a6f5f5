import HandbookModel

/// A Markdown file cut into its YAML front matter (between `---` lines at the top) and its body.
struct FrontMatterBlock {
    var yaml: String
    /// The file line of the first YAML line.
    var yamlFirstLine: Int
    /// The rest of the file, not copied: a page's body is only measured here.
    var body: Substring
    /// The file line of the body's first line: add it to a body line, less one, to get the file line.
    var bodyFirstLine: Int

    static func split(_ file: SourceFile) -> Result<FrontMatterBlock, Diagnostic> {
        let text = file.text
        let start = SourceLocation(file: file.displayPath, line: 1, column: 1)
        if text.allSatisfy(\.isWhitespace) {
            return .failure(.error(.missingFrontMatter, at: start,
                                   "the file is empty: it must start with front matter between '---' lines"))
        }
        // Lines are found and compared on the UTF-8 bytes, as the same characters would be: a
        // `\n` is a character of its own unless a `\r` comes before it, and `-`, `.`, space and
        // tab have no other spelling.
        let bytes = text.utf8
        let firstBreak = lineBreak(in: bytes, from: bytes.startIndex) ?? bytes.endIndex
        guard isFence(bytes[..<firstBreak], closing: false) else {
            return .failure(.error(.missingFrontMatter, at: start,
                                   "the page must start with front matter between '---' lines"))
        }
        guard firstBreak < bytes.endIndex else {
            return .failure(.error(.unclosedFrontMatter, at: start,
                                   "the front matter is not closed: add a line '---' after it"))
        }
        let yamlStart = bytes.index(after: firstBreak)
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.endIndex {
            let lineEnd = lineBreak(in: bytes, from: lineStart) ?? bytes.endIndex
            if isFence(bytes[lineStart..<lineEnd], closing: true) {
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                return .success(FrontMatterBlock(
                    yaml: String(text[yamlStart..<lineStart]),
                    yamlFirstLine: 2,
                    body: text[bodyStart...],
                    bodyFirstLine: line + 1))
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
            line += 1
        }
        return .failure(.error(.unclosedFrontMatter, at: start,
                               "the front matter is not closed: add a line '---' after it"))
    }

    /// The first `\n` at or after `start` that is a character of its own (in `\r\n` it is not).
    private static func lineBreak(in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        var from = start
        while let found = bytes[from...].firstIndex(of: UInt8(ascii: "\n")) {
            if found == bytes.startIndex || bytes[bytes.index(before: found)] != UInt8(ascii: "\r") { return found }
            from = bytes.index(after: found)
        }
        return nil
    }

    /// `---` (or, closing, `...`) with spaces before it, and spaces or tabs after it.
    private static func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        var word = line.drop { $0 == UInt8(ascii: " ") }[...]
        while let last = word.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { word = word.dropLast() }
        return word.elementsEqual("---".utf8) || (closing && word.elementsEqual("...".utf8))
    }
}
