import HandbookModel

/// The lines the terminal shows for each event of the preview: where it is served, how it
/// watches, and for each build what changed, how long it took and the diagnostics, written as
/// `handbook build` writes them (and as the overlay shows them).
public enum PreviewTranscript {
    public struct Line: Sendable, Equatable {
        public enum Stream: Sendable { case output, error }
        public var stream: Stream
        public var text: String
    }

    public static func lines(for event: PreviewEvent) -> [Line] {
        switch event {
        case .listening(let url, let isLoopback):
            var lines = [Line(stream: .output, text: "serving \(url) (Ctrl-C stops)")]
            if !isLoopback {
                lines.append(Line(stream: .error, text: "warning: listening beyond this machine: anyone on the network can read the preview"))
            }
            return lines
        case .watching(let method, let fallbackReason):
            var text = "watching content/, seeds/, templates/ and handbook.yml with \(method)"
            if let fallbackReason { text += " (\(fallbackReason))" }
            return [Line(stream: .output, text: text)]
        case .built(let report):
            return lines(for: report)
        }
    }

    private static func lines(for report: BuildReport) -> [Line] {
        var lines: [Line] = []
        if !report.changes.isEmpty {
            lines.append(Line(stream: .output, text: "changed " + describe(report.changes)))
        }
        lines += report.outcome.diagnostics.sorted().map { Line(stream: .error, text: $0.description) }
        let verb = report.changes.isEmpty ? "built" : "rebuilt"
        let time = format(report.duration)
        guard report.outcome.succeeded else {
            let title = OverlayReport(failedBuildDiagnostics: report.outcome.diagnostics).title
            lines.append(Line(stream: .error, text: "\(title) (in \(time)); the last good pages stay served"))
            return lines
        }
        let warnings = report.outcome.diagnostics.filter { $0.severity == .warning }.count
        let warningText = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
        let reloads: String
        switch report.outcome.changedURLs {
        case nil: reloads = "every page reloads"
        case let urls? where urls.isEmpty: reloads = "no page changed"
        case let urls?: reloads = "\(urls.count) file\(urls.count == 1 ? "" : "s") changed"
        }
        lines.append(Line(stream: .output, text: "\(verb) in \(time)\(warningText): \(reloads)"))
        return lines
    }

    /// `content/a.md, content/b.md and 3 more`
    static func describe(_ changes: [String]) -> String {
        let named = changes.map { $0.isEmpty ? "everything" : $0 }
        guard named.count > 3 else { return named.joined(separator: ", ") }
        return named.prefix(3).joined(separator: ", ") + " and \(named.count - 3) more"
    }

    /// `412 ms`, `2.35 s`
    static func format(_ duration: Duration) -> String {
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        if milliseconds < 1000 { return "\(Int(milliseconds.rounded())) ms" }
        let hundredths = Int((milliseconds / 10).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
