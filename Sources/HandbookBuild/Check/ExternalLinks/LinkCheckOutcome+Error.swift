import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension LinkCheckOutcome {
    /// The outcome of a request that ended with an error: a timeout, or a short English reason
    /// (never the system's wording, which differs between platforms).
    init(_ error: any Error, timeout: Duration) {
        guard let code = (error as? URLError)?.code else {
            self = .unreachable(reason: "network error")
            return
        }
        if code == .timedOut {
            self = .timedOut(after: timeout)
            return
        }
        self = .unreachable(reason: Self.reason(for: code))
    }

    private static func reason(for code: URLError.Code) -> String {
        switch code {
        case .cannotFindHost, .dnsLookupFailed: "host not found"
        case .cannotConnectToHost: "connection failed"
        case .notConnectedToInternet: "no network connection"
        case .networkConnectionLost: "connection lost"
        case .secureConnectionFailed: "TLS handshake failed"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
             .serverCertificateNotYetValid:
            "untrusted TLS certificate"
        case .httpTooManyRedirects: "too many redirects"
        case .redirectToNonExistentLocation: "redirect without a location"
        case .badServerResponse, .cannotParseResponse, .zeroByteResource: "bad server response"
        case .badURL, .unsupportedURL: "unsupported URL"
        case .cancelled: "request cancelled"
        default: "network error \(code.rawValue)"
        }
    }
}
