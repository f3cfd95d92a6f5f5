import Foundation

/// Answers every request of the preview: the reload channel's event stream and script under
/// `/__handbook/`, and the output folder's files everywhere else.
public struct PreviewResponder: Sendable {
    let files: StaticFileResponder
    let channel: ReloadChannel
    let limits = RequestLimits()

    public init(outputFolder: String, channel: ReloadChannel) {
        self.files = StaticFileResponder(folder: outputFolder)
        self.channel = channel
    }

    public func respond(to request: PreviewRequest) async -> PreviewResponse {
        let targetLength = request.path.utf8.count + (request.query.isEmpty ? 0 : request.query.utf8.count + 1)
        if let refusal = limits.refusal(for: request, targetLength: targetLength) { return refusal }
        switch request.path {
        case ReloadScript.eventsPath:
            return PreviewResponse(status: 200, headers: [
                "Content-Type": "text/event-stream; charset=utf-8",
                "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",
            ], body: request.method == "HEAD" ? .none : .events(await channel.subscribe()))
        case ReloadScript.path:
            return script(for: request)
        case let path where path.hasPrefix("/__handbook/"):
            return .text(404, "Not found")
        default:
            return files.respond(to: request)
        }
    }

    private static let scriptData = Data(ReloadScript.source.utf8)
    private static let scriptTag = EntityTag.of(scriptData)

    private func script(for request: PreviewRequest) -> PreviewResponse {
        var headers = [
            "Content-Type": "text/javascript; charset=utf-8",
            "Cache-Control": "no-cache",
            "ETag": Self.scriptTag,
            "Content-Length": String(Self.scriptData.count),
            "X-Content-Type-Options": "nosniff",
        ]
        if let ifNoneMatch = request.header("if-none-match"),
           EntityTag.list(ifNoneMatch, contains: Self.scriptTag, weakly: true) {
            headers["Content-Type"] = nil
            return PreviewResponse(status: 304, headers: headers)
        }
        return PreviewResponse(status: 200, headers: headers, body: request.method == "HEAD" ? .none : .bytes(Self.scriptData))
    }
}
