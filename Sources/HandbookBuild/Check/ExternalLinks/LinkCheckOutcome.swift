/// What happened when an external link was requested.
enum LinkCheckOutcome: Hashable, Sendable {
    /// The server answered with this status, after any redirects.
    case answered(status: Int)
    /// No answer: the host was not found, refused the connection, failed TLS, and the like.
    case unreachable(reason: String)
    /// No answer within the timeout.
    case timedOut(after: Duration)

    /// 4xx and 5xx answers, unreachable hosts and timeouts.
    var isFailure: Bool {
        switch self {
        case .answered(let status): status >= 400
        case .unreachable, .timedOut: true
        }
    }

    /// The end of the warning that follows "the link 'URL' ", such as `answered 404 Not Found`.
    /// It holds no timings, so the same outcome always reads the same.
    var summary: String {
        switch self {
        case .answered(let status): "answered \(HTTPStatus(status))"
        case .unreachable(let reason): "could not be reached: \(reason)"
        case .timedOut(let timeout): "did not answer within \(timeout.secondsText)"
        }
    }
}
