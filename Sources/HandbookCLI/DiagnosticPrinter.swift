import Foundation
import HandbookModel

/// Prints diagnostics compiler-style, one a line, sorted, then a summary line; or as JSON.
public struct DiagnosticPrinter {
    public enum Format: String, CaseIterable, Sendable { case text, json }

    public var format: Format

    public init(format: Format = .text) { self.format = format }

    public func lines(for diagnostics: [Diagnostic]) -> [String] {
        switch format {
        case .text:
            return diagnostics.sorted().map(\.description)
        case .json:
            return [DiagnosticJSON.encode(diagnostics.sorted())]
        }
    }

    /// `2 errors, 1 warning`, or nil when there are none.
    public static func summary(of diagnostics: [Diagnostic]) -> String? {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        guard errors + warnings > 0 else { return nil }
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [errors > 0 ? count(errors, "error") : nil, warnings > 0 ? count(warnings, "warning") : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }
}

/// The JSON form of diagnostics: an array of objects with file, line, column, severity, code,
/// message and suggestion.
enum DiagnosticJSON {
    private struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var suggestion: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(suggestion, forKey: .suggestion)
        }

        enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message, suggestion }
    }

    static func encode(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message,
                  suggestion: $0.suggestion)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
