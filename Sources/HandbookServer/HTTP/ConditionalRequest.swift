/// The preconditions of RFC 9110 §13.2.2, in their order, for a representation with an entity
/// tag and a modification time.
struct ConditionalRequest {
    enum Verdict: Equatable {
        /// Send the representation (or the asked part of it).
        case proceed(honourRange: Bool)
        case notModified
        case preconditionFailed
    }

    var request: PreviewRequest
    var entityTag: String
    var modifiedSeconds: Int

    func evaluate() -> Verdict {
        if let ifMatch = request.header("if-match") {
            if !EntityTag.list(ifMatch, contains: entityTag, weakly: false) { return .preconditionFailed }
        } else if let since = request.header("if-unmodified-since").flatMap(HTTPDate.parse), modifiedSeconds > since {
            return .preconditionFailed
        }
        if let ifNoneMatch = request.header("if-none-match") {
            if EntityTag.list(ifNoneMatch, contains: entityTag, weakly: true) { return .notModified }
        } else if let since = request.header("if-modified-since").flatMap(HTTPDate.parse), modifiedSeconds <= since {
            return .notModified
        }
        return .proceed(honourRange: rangeStillApplies)
    }

    /// `If-Range`: the range is served only while the representation is the one the client has.
    private var rangeStillApplies: Bool {
        guard let ifRange = request.header("if-range")?.trimmingCharacters(in: .whitespaces) else { return true }
        if ifRange.hasPrefix("\"") { return ifRange == entityTag }
        if ifRange.hasPrefix("W/") { return false }
        return HTTPDate.parse(ifRange) == modifiedSeconds
    }
}
