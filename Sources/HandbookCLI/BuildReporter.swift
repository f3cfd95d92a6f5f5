import Foundation
import ArgumentParser
import HandbookBuild
import HandbookModel

/// Prints a build's diagnostics and summary, and turns the outcome into an exit status:
/// 0 on success (warnings allowed), 1 when the content has errors.
struct BuildReporter {
    var format: DiagnosticPrinter.Format
    var streams: StandardStreams

    /// Prints everything; throws `ExitCode(1)` when there are errors.
    func report(_ diagnostics: [Diagnostic], success: @autoclosure () -> String) throws {
        let printer = DiagnosticPrinter(format: format)
        for line in printer.lines(for: diagnostics) where format == .text || !diagnostics.isEmpty {
            streams.error(line)
        }
        if format == .json && diagnostics.isEmpty { streams.error("[]") }
        let summary = DiagnosticPrinter.summary(of: diagnostics)
        if diagnostics.hasErrors {
            if format == .text { streams.error("build failed: \(summary ?? "errors")") }
            throw ExitCode(1)
        }
        if format == .text, let summary { streams.error(summary) }
        streams.output(success())
    }
}

/// Wall-clock milliseconds since a start, for the line printed after a build.
struct Stopwatch {
    private let start = ContinuousClock.now

    var elapsedText: String {
        let duration = ContinuousClock.now - start
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return ms < 1000 ? "\(Int(ms.rounded())) ms" : String(format: "%.2f s", ms / 1000)
    }
}
