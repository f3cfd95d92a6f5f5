import Foundation
import HandbookModel

/// A text file the editor wrote, decoded, with `\r\n` and lone `\r` turned into `\n`.
public struct SourceFile: Hashable, Sendable {
    /// The path printed in diagnostics, relative to the site root: `content/tips/play.md`.
    public var displayPath: String
    public var text: String

    public init(displayPath: String, text: String) {
        self.displayPath = displayPath
        self.text = text
    }

    /// Decodes UTF-8 (dropping a byte-order mark); invalid bytes give a diagnostic instead.
    public static func decode(_ data: Data, displayPath: String) -> Result<SourceFile, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidLine(in: bytes)
            return .failure(.error(.invalidEncoding, at: SourceLocation(file: displayPath, line: line, column: 1),
                                   "the file is not valid UTF-8 text"))
        }
        if text.contains("\0") {
            let line = text.prefix { $0 != "\0" }.filter { $0 == "\n" }.count + 1
            return .failure(.error(.invalidEncoding, at: SourceLocation(file: displayPath, line: line, column: 1),
                                   "the file contains a NUL byte"))
        }
        let normalized = text.contains("\r")
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            : text
        return .success(SourceFile(displayPath: displayPath, text: normalized))
    }

    private static func firstInvalidLine(in bytes: Data.SubSequence) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = bytes.index(after: index)
        }
        return line
    }
}
