import Foundation

/// One remembered answer: the outcome of requesting a URL, and when it was requested.
///
/// In the cache file it is an object with `checkedAt` and one of `status` (the server answered),
/// `unreachable` (the short reason) or `timeoutSeconds` (no answer within that many seconds).
struct CachedLinkCheck: Hashable, Sendable, Codable {
    var outcome: LinkCheckOutcome
    var checkedAt: Date

    init(_ outcome: LinkCheckOutcome, checkedAt: Date) {
        self.outcome = outcome
        self.checkedAt = checkedAt
    }

    /// Whether the answer may be reused at `now`: a success for `lifetime`, a failure for the
    /// shorter of `lifetime` and `failureLifetime`. An answer dated in the future is not trusted.
    func isFresh(at now: Date, lifetime: Duration, failureLifetime: Duration) -> Bool {
        let age = now.timeIntervalSince(checkedAt)
        let trusted = outcome.isFailure ? min(lifetime, failureLifetime) : lifetime
        return age >= 0 && age < trusted.secondsValue
    }

    private enum CodingKeys: String, CodingKey { case status, unreachable, timeoutSeconds, checkedAt }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        checkedAt = try container.decode(Date.self, forKey: .checkedAt)
        if let status = try container.decodeIfPresent(Int.self, forKey: .status) {
            outcome = .answered(status: status)
        } else if let reason = try container.decodeIfPresent(String.self, forKey: .unreachable) {
            outcome = .unreachable(reason: reason)
        } else if let seconds = try container.decodeIfPresent(Double.self, forKey: .timeoutSeconds),
                  seconds.isFinite, seconds >= 0 {
            outcome = .timedOut(after: .milliseconds(Int64((seconds * 1000).rounded())))
        } else {
            throw DecodingError.dataCorruptedError(forKey: .status, in: container,
                                                   debugDescription: "no status, unreachable or timeoutSeconds")
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checkedAt, forKey: .checkedAt)
        switch outcome {
        case .answered(let status): try container.encode(status, forKey: .status)
        case .unreachable(let reason): try container.encode(reason, forKey: .unreachable)
        case .timedOut(let timeout): try container.encode(timeout.secondsValue, forKey: .timeoutSeconds)
        }
    }
}
