import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The preview's HTTP server (FlyingFox): listens on one address and answers every request with
/// a `PreviewResponder`.
public actor PreviewHTTPServer {
    private let address: ListenAddress
    private let requestedPort: UInt16
    private let server: HTTPServer
    private var running: Task<Void, Never>?
    private var failure: (any Error)?

    /// - Parameters:
    ///   - port: 0 picks a free port; `start()` tells which.
    ///   - idleTimeout: how long a connection may send or read nothing before it is closed.
    public init(address: ListenAddress, port: UInt16, responder: PreviewResponder,
                idleTimeout: Duration = .seconds(30)) throws {
        self.address = address
        self.requestedPort = port
        let socketAddress: any SocketAddress
        do {
            socketAddress = switch address.family {
            case .ipv4: try sockaddr_in.inet(ip4: address.host, port: port)
            case .ipv6: try sockaddr_in6.inet6(ip6: address.host, port: port)
            }
        } catch {
            throw PreviewServerError.cannotListen(host: address.host, port: port, reason: "\(error)")
        }
        let configuration = HTTPServer.Configuration(
            address: socketAddress,
            timeout: 30,
            sharedRequestBufferSize: 4096,
            sharedRequestReplaySize: 64 * 1024,
            pool: IdleTimeoutSocketPool(base: HTTPServer.defaultPool(), timeout: idleTimeout),
            logger: .disabled)
        self.server = HTTPServer(config: configuration, handler: FlyingFoxHandler(responder: responder))
    }

    /// Starts listening and returns the port, once connections are accepted.
    /// - Throws: `PreviewServerError` when the address cannot be used.
    public func start() async throws -> UInt16 {
        let server = self.server
        running = Task {
            do {
                try await server.run()
            } catch {
                self.record(error)
            }
        }
        while true {
            if await server.isListening, let bound = await server.listeningAddress {
                switch bound {
                case .ip4(_, let port), .ip6(_, let port): return port
                case .unix: return requestedPort
                }
            }
            if let failure { throw describe(failure) }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Stops accepting connections and waits for the open ones to finish (at most `grace`).
    public func stop(grace: Duration = .milliseconds(500)) async {
        let seconds = Double(grace.components.seconds) + Double(grace.components.attoseconds) / 1e18
        await server.stop(timeout: seconds)
        running?.cancel()
        running = nil
    }

    private func record(_ error: any Error) {
        failure = error
    }

    private func describe(_ error: any Error) -> PreviewServerError {
        if case SocketError.failed(_, let code, let message) = error {
            if code == EADDRINUSE { return .addressInUse(host: address.host, port: requestedPort) }
            return .cannotListen(host: address.host, port: requestedPort, reason: message)
        }
        return .cannotListen(host: address.host, port: requestedPort, reason: "\(error)")
    }
}
