import HandbookModel

/// A Markdown file cut into its YAML front matter (between `---` lines at the top) and its body.
struct FrontMatterBlock {
    var yaml: String
    /// The file line of the first YAML line.
    var yamlFirstLine: Int
    var body: String
    /// The file line of the body's first line: add it to a body line, less one, to get the file line.
    var bodyFirstLine: Int

    static func split(_ file: SourceFile) -> Result<FrontMatterBlock, Diagnostic> {
        let text = file.text
        let start = SourceLocation(file: file.displayPath, line: 1, column: 1)
        if text.allSatisfy(\.isWhitespace) {
            return .failure(.error(.missingFrontMatter, at: start,
                                   "the file is empty: it must start with front matter between '---' lines"))
        }
        let firstBreak = text.firstIndex(of: "\n") ?? text.endIndex
        guard isFence(text[..<firstBreak], closing: false) else {
            return .failure(.error(.missingFrontMatter, at: start,
                                   "the page must start with front matter between '---' lines"))
        }
        guard firstBreak < text.endIndex else {
            return .failure(.error(.unclosedFrontMatter, at: start,
                                   "the front matter is not closed: add a line '---' after it"))
        }
        var lineStart = text.index(after: firstBreak)
        var line = 2
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if isFence(text[lineStart..<lineEnd], closing: true) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return .success(FrontMatterBlock(
                    yaml: String(text[text.index(after: firstBreak)..<lineStart]),
                    yamlFirstLine: 2,
                    body: String(text[bodyStart...]),
                    bodyFirstLine: line + 1))
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
            line += 1
        }
        return .failure(.error(.unclosedFrontMatter, at: start,
                               "the front matter is not closed: add a line '---' after it"))
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\t" }
        let word = String(trimmed.reversed())
        return word == "---" || (closing && word == "...")
    }
}
