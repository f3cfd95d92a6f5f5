import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The address the preview listens on: an IPv4 or IPv6 literal, or `localhost`.
public struct ListenAddress: Sendable, Equatable {
    public enum Family: Sendable { case ipv4, ipv6 }

    /// The literal address: `127.0.0.1`, `::1`, `0.0.0.0`.
    public let host: String
    public let family: Family

    /// Nil for anything but an IP literal or `localhost` (which is 127.0.0.1).
    public init?(_ text: String) {
        var host = text.trimmingCharacters(in: .whitespaces)
        if host.lowercased() == "localhost" { host = "127.0.0.1" }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        if inet_pton(AF_INET, host, &ipv4) == 1 {
            family = .ipv4
        } else if inet_pton(AF_INET6, host, &ipv6) == 1 {
            family = .ipv6
        } else {
            return nil
        }
        self.host = host
    }

    /// Only this machine can connect: 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        switch family {
        case .ipv4: host.split(separator: ".").first == "127"
        case .ipv6: host == "::1" || host == "0:0:0:0:0:0:0:1"
        }
    }

    /// Every interface: 0.0.0.0 or ::.
    var isUnspecified: Bool { host == "0.0.0.0" || host == "::" }

    /// The URL to visit: `http://127.0.0.1:8000/`; a server on every interface is visited on
    /// the loopback one.
    public func url(port: UInt16) -> String {
        switch family {
        case .ipv4: "http://\(isUnspecified ? "127.0.0.1" : host):\(port)/"
        case .ipv6: "http://[\(isUnspecified ? "::1" : host)]:\(port)/"
        }
    }
}
