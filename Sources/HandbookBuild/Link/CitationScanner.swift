import Foundation

/// Finds Pandoc-style citations in a stretch of text: `[@key]`, `[@a; @b]`,
/// `[@key, "Myths and facts"]`, `[@key, p. 12]`.
struct CitationScanner {
    struct Item: Hashable {
        var key: String
        /// Where a point is found in the source: `p. 12`, or a quoted section name without quotes.
        var locator: String?
    }

    struct Match {
        /// The bracketed text, brackets included.
        var range: Range<String.Index>
        var items: [Item]
    }

    /// A `[@` that does not read as a citation, for a diagnostic.
    struct Malformed {
        var offset: String.Index
    }

    static func scan(_ text: String) -> (matches: [Match], malformed: [Malformed]) {
        var matches: [Match] = []
        var malformed: [Malformed] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].range(of: "[@") {
            guard let close = text[open.upperBound...].firstIndex(of: "]"),
                  let items = parseItems(text[text.index(after: open.lowerBound)..<close]) else {
                malformed.append(Malformed(offset: open.lowerBound))
                searchStart = open.upperBound
                continue
            }
            matches.append(Match(range: open.lowerBound..<text.index(after: close), items: items))
            searchStart = text.index(after: close)
        }
        return (matches, malformed)
    }

    /// `@a; @b, p. 3`: items separated by semicolons, each `@key` with an optional `, locator`.
    private static func parseItems(_ inner: Substring) -> [Item]? {
        var items: [Item] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("@") else { return nil }
            let afterAt = trimmed.dropFirst()
            let key = afterAt.prefix { isKeyCharacter($0) }
            guard let first = key.first, first.isLetter || first.isNumber, key.last != ".", key.last != ":" else { return nil }
            var rest = afterAt.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            var locator: String?
            if !rest.isEmpty {
                guard rest.hasPrefix(",") else { return nil }
                rest = rest.dropFirst().trimmingCharacters(in: .whitespaces)
                guard !rest.isEmpty else { return nil }
                locator = unquoted(rest)
            }
            items.append(Item(key: String(key), locator: locator))
        }
        return items.isEmpty ? nil : items
    }

    private static func isKeyCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-_.:".contains(character)
    }

    private static func unquoted(_ text: String) -> String {
        for (open, close) in [("\"", "\""), ("“", "”"), ("'", "'")] where text.count >= 2 && text.hasPrefix(open) && text.hasSuffix(close) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
