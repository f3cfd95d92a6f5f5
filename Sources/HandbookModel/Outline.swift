/// The handbook's table of contents, read from `content/SUMMARY.md`: page order and nesting.
public struct Outline: Hashable, Sendable {
    public var entries: [OutlineEntry]

    public init(entries: [OutlineEntry]) { self.entries = entries }

    /// Every entry, depth first, in reading order.
    public var flattened: [OutlineEntry] {
        var result: [OutlineEntry] = []
        func visit(_ entries: [OutlineEntry]) {
            for entry in entries {
                result.append(entry)
                visit(entry.children)
            }
        }
        visit(entries)
        return result
    }
}

public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// The page's Markdown file, relative to `content/`.
    public var target: SitePath
    /// Where the entry is written in the outline file.
    public var location: SourceLocation
    public var children: [OutlineEntry]

    public init(title: String, target: SitePath, location: SourceLocation, children: [OutlineEntry] = []) {
        self.title = title
        self.target = target
        self.location = location
        self.children = children
    }
}
