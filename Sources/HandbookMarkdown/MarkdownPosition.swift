/// A place in the Markdown text given to the parser.
///
/// Both numbers are 1-based. `column` counts Unicode scalar values from the start of the line,
/// so a tab counts as one column and so does `é`, whether or not it was typed as one scalar
/// or as `e` plus a combining accent (two scalars, two columns). Add the front matter's lines
/// to `line` to get a position in the file the editor opened.
public struct MarkdownPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: MarkdownPosition, rhs: MarkdownPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `12:5`
    public var description: String { "\(line):\(column)" }
}
