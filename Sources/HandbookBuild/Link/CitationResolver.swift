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
        var places = CitedKeyPlaces()
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
            pieces.reserveCapacity(2 * matches.count + 1)
            var cursor = text.text.startIndex
            for match in matches {
                if cursor < match.range.lowerBound { pieces.append(.text(String(text.text[cursor..<match.range.lowerBound]))) }
                var html = CitationMarkup()
                for item in match.items {
                    places.add(item.key, onLine: text.line)
                    let key = CitationKey(item.key)
                    // `keys.contains`, as `records[key] != nil` would copy the record out first.
                    guard register.records.keys.contains(key) else {
                        if !register.failedKeys.contains(key) {
                            let suggestion = NameSuggester(candidates: register.allKeys.map(\.rawValue)).suggestion(for: item.key)
                            diagnostics.append(.error(.unknownSource, at: places.locationOfLast(in: source), "unknown source '\(item.key)'",
                                                      suggestion: suggestion))
                        }
                        continue
                    }
                    let (number, isFirst) = numbering.cite(key, locator: item.locator)
                    html.addLink(number: number, isFirst: isFirst)
                }
                pieces.append(.html(html.finish()))
                cursor = match.range.upperBound
            }
            if cursor < text.text.endIndex { pieces.append(.text(String(text.text[cursor...]))) }
            return pieces
        }
        return diagnostics
    }
}

/// The HTML of one citation, written into one String as its links are added:
/// `<sup class="citation"><a href="#ref-1" …>1</a>, <a …>2</a></sup>`, or nothing without links.
struct CitationMarkup {
    private var html = ""

    mutating func addLink(number: Int, isFirst: Bool) {
        let digits = String(number)
        if html.isEmpty {
            html.reserveCapacity(120)
            html += "<sup class=\"citation\">"
        } else {
            html += ", "
        }
        html += "<a href=\"#ref-"
        html += digits
        if isFirst {
            html += "\" id=\"cite-"
            html += digits
        }
        html += "\" aria-label=\"Source "
        html += digits
        html += "\">"
        html += digits
        html += "</a>"
    }

    mutating func finish() -> String {
        if !html.isEmpty { html += "</sup>" }
        return html
    }
}
