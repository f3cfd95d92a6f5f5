import HandbookModel

/// What the error overlay shows: a title and each diagnostic exactly as the terminal prints it.
/// The page's script puts every string in as text, never as HTML.
public struct OverlayReport: Sendable, Equatable, Encodable {
    public struct Line: Sendable, Equatable, Encodable {
        /// `content/tips/play.md:12:5: error: ...`
        public var text: String
        /// `error`, `warning` or `note`.
        public var severity: String
    }

    /// `build failed: 2 errors`
    public var title: String
    public var lines: [Line]

    public init(title: String, lines: [Line]) {
        self.title = title
        self.lines = lines
    }

    /// The report for a failed build's diagnostics, sorted as the terminal shows them.
    public init(failedBuildDiagnostics diagnostics: [Diagnostic]) {
        let sorted = diagnostics.sorted()
        let errors = sorted.filter { $0.severity == .error }.count
        let warnings = sorted.filter { $0.severity == .warning }.count
        var counts = ["\(errors) error\(errors == 1 ? "" : "s")"]
        if warnings > 0 { counts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        self.title = "build failed: " + counts.joined(separator: ", ")
        self.lines = sorted.map { Line(text: $0.description, severity: $0.severity.rawValue) }
    }
}
