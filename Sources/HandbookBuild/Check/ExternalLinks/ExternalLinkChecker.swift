import Foundation
import HandbookModel

/// Requests every external URL of the site once and warns, at each place the URL is written,
/// when it fails: a 4xx or 5xx answer, a host that cannot be reached, or no answer in time.
///
/// Each distinct URL (without its `#fragment`) is requested once, HEAD first and GET when the
/// server refuses HEAD, with at most `maxConcurrentRequests` requests in flight.
///
/// Answers are kept in `cacheFile` and reused without a request while they are young: a success
/// for `cacheLifetime` (a day by default), a failure for one hour at most
/// (`ExternalLinkChecker.failureLifetime`), so a site that was down for a moment is asked again
/// soon. A missing, unreadable or corrupt cache file is ignored and rewritten.
public struct ExternalLinkChecker: Sendable {
    /// How long a failure is reused before the URL is requested again.
    public static let failureLifetime: Duration = .seconds(3_600)

    public let cacheFile: String?
    public let timeout: Duration
    public let maxConcurrentRequests: Int
    public let cacheLifetime: Duration
    public let now: @Sendable () -> Date

    /// - Parameters:
    ///   - cacheFile: where answers are remembered, such as `ROOT/.handbook-cache/external-links.json`;
    ///     nil requests everything and remembers nothing.
    ///   - timeout: how long one request may take.
    ///   - maxConcurrentRequests: how many requests may be in flight at once (at least 1).
    ///   - cacheLifetime: how long a successful answer is reused.
    ///   - now: the clock that dates answers and judges their age.
    public init(cacheFile: String?,
                timeout: Duration = .seconds(10),
                maxConcurrentRequests: Int = 8,
                cacheLifetime: Duration = .seconds(86_400),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.cacheFile = cacheFile
        self.timeout = timeout
        self.maxConcurrentRequests = max(1, maxConcurrentRequests)
        self.cacheLifetime = cacheLifetime
        self.now = now
    }

    /// One warning (`external-link-failed`) per place where a failing URL is written, sorted.
    public func check(_ links: [ExternalLink]) async -> [Diagnostic] {
        let linksByAddress = Dictionary(grouping: links) { Self.requestedAddress(of: $0.url) }
        let checkedAt = now()
        var cache = cacheFile.map(LinkCheckCache.load(from:)) ?? LinkCheckCache()
        var outcomes: [String: LinkCheckOutcome] = [:]
        var unanswered: [String] = []
        for address in linksByAddress.keys.sorted() {
            if let cached = cache[address],
               cached.isFresh(at: checkedAt, lifetime: cacheLifetime, failureLifetime: Self.failureLifetime) {
                outcomes[address] = cached.outcome
            } else {
                unanswered.append(address)
            }
        }

        for (address, outcome) in await request(unanswered) {
            outcomes[address] = outcome
            cache.record(outcome, for: address, at: checkedAt)
        }
        if let cacheFile, !unanswered.isEmpty {
            cache.removeStale(at: checkedAt, lifetime: cacheLifetime, failureLifetime: Self.failureLifetime)
            try? cache.save(to: cacheFile)  // a cache that cannot be written only costs requests next time
        }

        var diagnostics: [Diagnostic] = []
        for (address, links) in linksByAddress {
            guard let outcome = outcomes[address], outcome.isFailure else { continue }
            for link in links {
                diagnostics.append(.warning(.externalLinkFailed, at: link.location,
                                            "the link '\(link.url)' \(outcome.summary)"))
            }
        }
        return diagnostics.sorted()
    }

    /// Requests the addresses, keeping `maxConcurrentRequests` in flight: a new request starts
    /// each time one finishes.
    private func request(_ addresses: [String]) async -> [String: LinkCheckOutcome] {
        guard !addresses.isEmpty else { return [:] }
        let probe = URLProbe(timeout: timeout, maxConnections: maxConcurrentRequests)
        defer { probe.close() }
        return await withTaskGroup(of: (String, LinkCheckOutcome).self) { group in
            var waiting = addresses.makeIterator()
            func startNext() {
                guard let address = waiting.next() else { return }
                group.addTask { (address, await probe.outcome(for: address)) }
            }
            for _ in 0..<maxConcurrentRequests { startNext() }
            var outcomes: [String: LinkCheckOutcome] = [:]
            while let (address, outcome) = await group.next() {
                outcomes[address] = outcome
                startNext()
            }
            return outcomes
        }
    }

    /// The URL as requested: without its fragment, which the server never sees, so
    /// `page#a` and `page#b` cost one request.
    static func requestedAddress(of url: String) -> String {
        guard let hash = url.firstIndex(of: "#") else { return url }
        return String(url[..<hash])
    }
}
