import Foundation

/// A response of the preview, turned into the HTTP library's response by the server.
public struct PreviewResponse: Sendable {
    public enum Body: Sendable {
        case none
        case bytes(Data)
        /// Part or all of a file, read while it is sent.
        case file(path: String, range: Range<Int>)
        /// A `text/event-stream` that lasts until the stream ends.
        case events(AsyncStream<ReloadEvent>)
    }

    public var status: Int
    /// Header values by name; `Content-Length` is set by whoever makes the response.
    public var headers: [String: String]
    public var body: Body

    public init(status: Int, headers: [String: String] = [:], body: Body = .none) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer, for errors.
    static func text(_ status: Int, _ message: String, headers: [String: String] = [:]) -> PreviewResponse {
        let data = Data((message + "\n").utf8)
        var all = headers
        all["Content-Type"] = "text/plain; charset=utf-8"
        all["Content-Length"] = String(data.count)
        all["X-Content-Type-Options"] = "nosniff"
        return PreviewResponse(status: status, headers: all, body: .bytes(data))
    }

    /// The same response without its body, for HEAD: the headers still tell the length.
    func withoutBody() -> PreviewResponse {
        var copy = self
        copy.body = .none
        return copy
    }
}
