import Foundation
import HandbookModel

/// Reads `content/SUMMARY.md`: an optional `# Title`, then a nested list of links to pages,
/// `- [Title](path/to/page.md)`, nested by indentation, as in mdBook.
public struct OutlineParser: Sendable {
    /// The deepest nesting the outline may have. Far more than any book needs; deeper outlines
    /// would exhaust the stack when the templates render the sidebar.
    public static let maximumDepth = 256

    public init() {}

    public func parse(_ file: SourceFile) -> (Outline, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // Open entries from the top level down, each with the indentation of its marker.
        var stack: [(indent: Int, entry: OutlineEntry)] = []
        var roots: [OutlineEntry] = []
        var seen: [SitePath: SourceLocation] = [:]

        func closeLastEntry() {
            let last = stack.removeLast()
            if stack.isEmpty { roots.append(last.entry) } else { stack[stack.count - 1].entry.children.append(last.entry) }
        }
        func closeEntries(deeperThan indent: Int) {
            while let last = stack.last, last.indent >= indent { closeLastEntry() }
        }
        var reportedDepth = false

        for (index, line) in Self.lines(of: file.text).enumerated() {
            let lineNumber = index + 1
            // Most lines are ASCII, where a byte is a character: they are read byte by byte.
            let isASCII = line.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
            if isASCII ? Self.isBlankOrComment(line.utf8) : Self.isBlankOrComment(line) { continue }
            guard let item = isASCII ? OutlineItemSyntax(asciiLine: line.utf8) : OutlineItemSyntax(line: line) else {
                diagnostics.append(.error(.outlineSyntax,
                                          at: SourceLocation(file: file.displayPath, line: lineNumber,
                                                             column: line.prefix { $0 == " " }.count + 1),
                                          "expected a list item linking to a page, like '- [Title](page.md)'"))
                continue
            }
            let location = SourceLocation(file: file.displayPath, line: lineNumber, column: item.targetColumn)
            guard let target = SitePath("").resolving(item.target), !item.target.hasPrefix("/"),
                  !target.rawValue.isEmpty, target.pathExtension.lowercased() == "md" else {
                diagnostics.append(.error(.outlineSyntax, at: location,
                                          "the outline must link to a Markdown file inside 'content/', not '\(item.target)'"))
                continue
            }
            if let first = seen[target] {
                diagnostics.append(.error(.outlineDuplicate, at: location,
                                          "the outline lists '\(target)' twice (first at line \(first.line))"))
                continue
            }
            seen[target] = location
            closeEntries(deeperThan: item.indent)
            if stack.count >= Self.maximumDepth {
                // Kept as a sibling of the deepest entry, so its page is not also reported as missing.
                if !reportedDepth {
                    let column = line.prefix { $0 == " " || $0 == "\t" }.count + 1
                    diagnostics.append(.error(.outlineTooDeep,
                                              at: SourceLocation(file: file.displayPath, line: lineNumber, column: column),
                                              "the outline nests deeper than \(Self.maximumDepth) levels here: indent this entry less"))
                    reportedDepth = true
                }
                closeLastEntry()
            }
            stack.append((item.indent, OutlineEntry(title: item.title, target: target, location: location)))
        }
        closeEntries(deeperThan: 0)
        return (Outline(entries: roots), diagnostics)
    }

    /// The text's lines, as `split(separator: "\n")` cuts them: at each `\n` that is a character
    /// of its own, not the end of a `\r\n`.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var searchStart = lineStart
        while let found = bytes[searchStart...].firstIndex(of: UInt8(ascii: "\n")) {
            searchStart = bytes.index(after: found)
            if found > bytes.startIndex, bytes[bytes.index(before: found)] == UInt8(ascii: "\r") { continue }
            lines.append(text[lineStart..<found])
            lineStart = searchStart
        }
        lines.append(text[lineStart...])
        return lines
    }

    /// A line with nothing on it but spaces, or a heading or comment.
    static func isBlankOrComment(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("<!--")
    }

    /// `isBlankOrComment` for an ASCII line, whose only whitespace characters are space and tab.
    static func isBlankOrComment(_ line: Substring.UTF8View) -> Bool {
        let trimmed = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return trimmed.isEmpty || trimmed.starts(with: "#".utf8) || trimmed.starts(with: "<!--".utf8)
    }
}
