import HandbookModel
/// The kinds of callout a page may use, written GitHub-alert style as the first line of a
/// block quote: `> [!MYTH]` (any letter case, alone on its line).
public enum CalloutKind: String, CaseIterable, Hashable, Sendable {
    case myth, fact, tip, help, note, warning

    /// Reads `[!TIP]`, `[!tip]` and so on; nil for anything else, `[!FOO]` included.
    public init?(marker: String) {
        guard marker.hasPrefix("[!"), marker.hasSuffix("]"), marker.count > 3 else { return nil }
        self.init(rawValue: String(marker.dropFirst(2).dropLast()).lowercased())
    }

    /// The title shown at the top of the callout and read out as its label.
    public var title: String {
        switch self {
        case .myth: "Myth"
        case .fact: "Fact"
        case .tip: "Tip"
        case .help: "When to ask for help"
        case .note: "Note"
        case .warning: "Warning"
        }
    }

    /// `[!MYTH]`
    public var marker: String { "[!\(rawValue.uppercased())]" }

    /// The opening of the callout's HTML, up to and including its title paragraph.
    var openingHTML: String {
        "<div class=\"callout callout-\(rawValue)\" role=\"note\" aria-label=\"\(HTMLText.escape(title))\">\n"
            + "<p class=\"callout-title\">\(HTMLText.escape(title))</p>"
    }
}
