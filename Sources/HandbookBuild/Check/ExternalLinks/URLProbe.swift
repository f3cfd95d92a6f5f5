import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Asks a server whether a URL answers: HEAD first, then GET when the server refuses HEAD
/// (405, 403 or 501) or the HEAD request broke off. Redirects are followed; each request may take
/// up to `timeout`.
struct URLProbe: Sendable {
    static let userAgent = "handbook-link-checker"
    /// Answers to HEAD that some servers give only because they do not support HEAD.
    static let statusesRetriedWithGET: Set<Int> = [403, 405, 501]

    let timeout: Duration
    private let session: URLSession
    private let waiter = ResponseWaiter()

    /// - Parameter maxConnections: connections per host, at least the number of parallel requests.
    init(timeout: Duration, maxConnections: Int) {
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout.secondsValue
        configuration.timeoutIntervalForResource = timeout.secondsValue
        configuration.httpMaximumConnectionsPerHost = max(1, maxConnections)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: waiter, delegateQueue: nil)
    }

    /// Requests the URL (the address without its fragment) and says how it went.
    func outcome(for address: String) async -> LinkCheckOutcome {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host?.isEmpty == false
        else { return .unreachable(reason: "not a valid http(s) URL") }
        var result = await send("HEAD", to: url)
        if shouldRetryWithGET(result) { result = await send("GET", to: url) }
        switch result {
        case .success(let status): return .answered(status: status)
        case .failure(let error): return LinkCheckOutcome(error, timeout: timeout)
        }
    }

    /// Ends the session once its requests are over, and returns at once. (On Linux,
    /// `invalidateAndCancel()` waits for the session's queue, which a fast transfer can keep busy.)
    func close() { session.finishTasksAndInvalidate() }

    private func send(_ method: String, to url: URL) async -> Result<Int, any Error> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData,
                                 timeoutInterval: timeout.secondsValue)
        request.httpMethod = method
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        return await waiter.status(for: request, in: session)
    }

    /// GET again after a refused HEAD or a broken-off one, but not after a timeout or when the host
    /// cannot be reached at all: a GET would meet the same fate, and wait as long.
    private func shouldRetryWithGET(_ head: Result<Int, any Error>) -> Bool {
        switch head {
        case .success(let status):
            return Self.statusesRetriedWithGET.contains(status)
        case .failure(let error as URLError):
            return !Self.errorsNotRetried.contains(error.code)
        case .failure:
            return true
        }
    }

    private static let errorsNotRetried: Set<URLError.Code> = [
        .timedOut, .cannotFindHost, .dnsLookupFailed, .cannotConnectToHost, .notConnectedToInternet, .cancelled,
    ]
}
