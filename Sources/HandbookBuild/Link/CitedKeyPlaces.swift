import HandbookModel

/// The keys cited in one body, by line, for finding an unknown key's column: each `@key` is
/// looked for on its line after the one before it. Only a diagnostic needs a column, so the
/// search is made only then, over the keys cited on that line so far.
struct CitedKeyPlaces {
    private var cited: [(key: String, line: Int)] = []

    mutating func add(_ key: String, onLine line: Int) {
        cited.append((key, line))
    }

    /// Where the key added last is in the source.
    func locationOfLast(in source: MarkdownSource) -> SourceLocation {
        let last = cited[cited.count - 1]
        var column = 1
        for entry in cited.dropLast() where entry.line == last.line {
            column = source.location(of: "@" + entry.key, onBodyLine: entry.line, from: column).column + 1
        }
        return source.location(of: "@" + last.key, onBodyLine: last.line, from: column)
    }
}
