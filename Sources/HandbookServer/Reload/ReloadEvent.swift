import Foundation

/// One message of the live-reload channel, sent to the page as a Server-Sent Event.
public enum ReloadEvent: Sendable, Equatable {
    /// Sent first on every connection; the page then checks that it is still current.
    case hello
    /// These URL paths changed (nil: every page should reload).
    case reload(urls: Set<String>?)
    /// The last build failed: show these diagnostics over the page.
    case problems(OverlayReport)
    /// The build works again: remove the overlay.
    case resolved
    /// A comment that keeps idle connections alive and finds the closed ones.
    case keepAlive

    /// The event's name as the page's script listens for it.
    public var name: String {
        switch self {
        case .hello: "hello"
        case .reload: "reload"
        case .problems: "problems"
        case .resolved: "resolved"
        case .keepAlive: "keep-alive"
        }
    }

    /// The event in the `text/event-stream` format.
    public var serverSentEvent: String {
        switch self {
        case .keepAlive:
            return ": keep-alive\n\n"
        case .hello:
            return "retry: 1000\nevent: hello\ndata: {}\n\n"
        case .reload(let urls):
            return "event: reload\ndata: " + Self.json(ReloadData(all: urls == nil, urls: (urls ?? []).sorted())) + "\n\n"
        case .problems(let report):
            return "event: problems\ndata: " + Self.json(report) + "\n\n"
        case .resolved:
            return "event: resolved\ndata: {}\n\n"
        }
    }

    private struct ReloadData: Encodable {
        var all: Bool
        var urls: [String]
    }

    /// JSON on one line: the encoder escapes line breaks inside strings, so the data field
    /// never spans lines.
    private static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
