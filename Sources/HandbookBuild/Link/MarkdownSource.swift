import HandbookMarkdown
import HandbookModel

/// A parsed Markdown body and where it came from: a page, a glossary definition or a source's
/// notes. Positions in the body map to places in the file.
public struct MarkdownSource: @unchecked Sendable {
    /// The file, relative to `content/` (or `seeds/`), against which relative links resolve.
    public let path: SitePath
    /// `content/tips/play.md`, as diagnostics print it.
    public let displayPath: String
    /// The file line where the body starts.
    public let bodyFirstLine: Int
    public let document: MarkdownDocument

    public init(path: SitePath, displayPath: String, bodyFirstLine: Int, document: MarkdownDocument) {
        self.path = path
        self.displayPath = displayPath
        self.bodyFirstLine = bodyFirstLine
        self.document = document
    }

    public func location(of position: MarkdownPosition) -> SourceLocation {
        SourceLocation(file: displayPath, line: bodyFirstLine + position.line - 1, column: position.column)
    }

    /// The place of the first occurrence of `needle` at or after scalar column `from` on a body
    /// line, or the line's start when it cannot be found.
    public func location(of needle: String, onBodyLine line: Int, from column: Int = 1) -> SourceLocation {
        let fileLine = bodyFirstLine + line - 1
        guard let text = document.sourceLine(line) else { return SourceLocation(file: displayPath, line: fileLine, column: 1) }
        let scalars = Array(text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        var index = max(0, column - 1)
        while index + target.count <= scalars.count {
            if scalars[index..<(index + target.count)].elementsEqual(target) {
                return SourceLocation(file: displayPath, line: fileLine, column: index + 1)
            }
            index += 1
        }
        return SourceLocation(file: displayPath, line: fileLine, column: 1)
    }
}
