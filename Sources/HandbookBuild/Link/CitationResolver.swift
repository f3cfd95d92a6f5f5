import HandbookMarkdown
import HandbookModel

/// Turns `[@key]` citations into numbered superscript links to the page's References, and
/// reports unknown keys at their place in the source.
public struct CitationResolver: Sendable {
    public let register: SourceRegister

    public init(register: SourceRegister) { self.register = register }

    /// Resolves every citation in `source`, numbering into `numbering` (shared by everything
    /// that ends up on one page).
    public func resolve(_ source: MarkdownSource, into numbering: inout CitationNumbering) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var columns: [Int: Int] = [:]
        source.document.editTexts { text in
            let (matches, malformed) = CitationScanner.scan(text.text)
            for bad in malformed {
                let rest = text.text[bad.offset...].prefix(40)
                let snippet = rest.firstIndex(of: "]").map { String(rest[...$0]) } ?? String(rest.prefix(24))
                diagnostics.append(.error(.citationSyntax, at: source.location(of: "[@", onBodyLine: text.line),
                                          "malformed citation '\(snippet)': write [@key], [@key1; @key2] or [@key, p. 12]"))
            }
            guard !matches.isEmpty else { return nil }
            guard text.context == .running else {
                diagnostics.append(.error(.citationSyntax, at: source.location(of: "[@", onBodyLine: text.line),
                                          "citations belong in running text, not in a heading, table cell, link or image"))
                return nil
            }
            numbering.hasCitations = true
            var pieces: [InlinePiece] = []
            var cursor = text.text.startIndex
            for match in matches {
                if cursor < match.range.lowerBound { pieces.append(.text(String(text.text[cursor..<match.range.lowerBound]))) }
                var links: [String] = []
                for item in match.items {
                    let location = source.location(of: "@" + item.key, onBodyLine: text.line, from: columns[text.line] ?? 1)
                    columns[text.line] = location.column + 1
                    let key = CitationKey(item.key)
                    guard register.records[key] != nil else {
                        if !register.failedKeys.contains(key) {
                            let suggestion = NameSuggester(candidates: register.allKeys.map(\.rawValue)).suggestion(for: item.key)
                            diagnostics.append(.error(.unknownSource, at: location, "unknown source '\(item.key)'",
                                                      suggestion: suggestion))
                        }
                        continue
                    }
                    let (number, isFirst) = numbering.cite(key, locator: item.locator)
                    links.append(CitationMarkup.link(number: number, isFirst: isFirst))
                }
                pieces.append(.html(CitationMarkup.superscript(links)))
                cursor = match.range.upperBound
            }
            if cursor < text.text.endIndex { pieces.append(.text(String(text.text[cursor...]))) }
            return pieces
        }
        return diagnostics
    }
}

/// The HTML of citations: `<sup class="citation"><a href="#ref-1" …>1</a></sup>`.
enum CitationMarkup {
    static func link(number: Int, isFirst: Bool) -> String {
        let id = isFirst ? " id=\"cite-\(number)\"" : ""
        return "<a href=\"#ref-\(number)\"\(id) aria-label=\"Source \(number)\">\(number)</a>"
    }

    static func superscript(_ links: [String]) -> String {
        links.isEmpty ? "" : "<sup class=\"citation\">" + links.joined(separator: ", ") + "</sup>"
    }
}
