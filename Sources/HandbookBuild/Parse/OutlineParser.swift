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

        for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("<!--") { continue }
            guard let item = OutlineItemSyntax(line: line) else {
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
}

/// One line of the outline: `  - [Title](target.md)`.
struct OutlineItemSyntax {
    var indent: Int
    var title: String
    var target: String
    /// The 1-based column of the target's first character.
    var targetColumn: Int

    init?(line: Substring) {
        let chars = Array(line)
        var i = 0
        var indent = 0
        while i < chars.count, chars[i] == " " || chars[i] == "\t" {
            indent += chars[i] == "\t" ? 4 : 1
            i += 1
        }
        guard i + 1 < chars.count, "-*+".contains(chars[i]), chars[i + 1] == " " else { return nil }
        i += 2
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count, chars[i] == "[" else { return nil }
        guard let close = chars[(i + 1)...].firstIndex(of: "]"), close + 1 < chars.count,
              chars[close + 1] == "(", let end = chars[(close + 2)...].lastIndex(of: ")") else { return nil }
        guard chars[(end + 1)...].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        let title = String(chars[(i + 1)..<close]).trimmingCharacters(in: .whitespaces)
        var target = String(chars[(close + 2)..<end]).trimmingCharacters(in: .whitespaces)
        // Markdown's `<...>` form, for names with spaces: `[Quiet time](<tips/quiet time.md>)`.
        var targetOffset = 0
        if target.count > 2, target.hasPrefix("<"), target.hasSuffix(">") {
            target = String(target.dropFirst().dropLast())
            targetOffset = 1
        }
        guard !title.isEmpty, !target.isEmpty else { return nil }
        self.indent = indent
        self.title = title
        self.target = target.removingPercentEncoding ?? target
        self.targetColumn = close + 3 + targetOffset
    }
}
