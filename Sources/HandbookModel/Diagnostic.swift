public enum Severity: String, Hashable, Comparable, Sendable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One problem found in the editor's input, with the place it was found.
/// Stages collect these and carry on; only the command line prints them.
public struct Diagnostic: Error, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var code: DiagnosticCode
    public var message: String
    /// A likely fix, printed as "(did you mean '...'?)".
    public var suggestion: String?

    public init(_ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation,
                _ message: String, suggestion: String? = nil) {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
        self.suggestion = suggestion
    }

    public static func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String,
                             suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, suggestion: suggestion)
    }

    public static func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String,
                               suggestion: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, suggestion: suggestion)
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }

    /// `content/tips/play.md:12:5: error: unknown source 'x' (did you mean 'y'?)`
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let suggestion { text += " (did you mean '\(suggestion)'?)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
