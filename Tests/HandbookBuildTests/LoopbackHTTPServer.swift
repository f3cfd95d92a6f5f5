import Foundation
@testable import HandbookBuild
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1, so the external link checker is tested without a network.
///
/// It reads a request line, answers a fixed status for its path (see `route(method:path:)`) with
/// `Connection: close`, and counts requests by method and path and how many were in flight at once.
/// Each connection is served on its own thread; `stop()` ends them all.
final class LoopbackHTTPServer: @unchecked Sendable {
    /// What the server does with one request.
    enum Reply {
        case status(Int, location: String? = nil, after: Duration = .zero)
        /// Keeps the connection open and never answers.
        case silence
    }

    let port: UInt16
    private let listener: Int32
    /// Guards everything below.
    private let lock = NSLock()
    private var counts: [String: Int] = [:]
    private var agents: Set<String> = []
    private var inFlight = 0
    private var mostInFlight = 0
    private var stopping = false
    private let acceptLoopEnded = DispatchSemaphore(value: 0)

    init() throws {
        let listener = socket(AF_INET, Self.streamType, 0)
        guard listener >= 0 else { throw POSIXError(.EMFILE) }
        var address = Self.loopbackAddress(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 64) == 0 else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        self.listener = listener
        port = Self.boundPort(of: listener)
        Thread { [self] in acceptLoop() }.start()
    }

    /// The paths and what they answer.
    static func route(method: String, path: String) -> Reply {
        switch path {
        case "/ok": .status(200)
        case "/missing": .status(404)
        case "/broken": .status(500)
        case "/no-head": method == "HEAD" ? .status(405) : .status(200)
        case "/moved": .status(301, location: "/ok")
        case "/silent": .silence
        case _ where path.hasPrefix("/slow/"): .status(200, after: .milliseconds(100))
        default: .status(404)
        }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// How many requests arrived with this method for this path.
    func requests(_ method: String, _ path: String) -> Int { lock.withLock { counts[method + " " + path, default: 0] } }

    /// Every `User-Agent` the requests were sent with.
    var userAgents: Set<String> { lock.withLock { agents } }

    /// How many requests arrived in all.
    var totalRequests: Int { lock.withLock { counts.values.reduce(0, +) } }

    /// The most requests that were being served at the same moment.
    var mostConcurrentRequests: Int { lock.withLock { mostInFlight } }

    /// Stops accepting, ends every connection still open, and waits until the listener is closed.
    func stop() {
        lock.withLock { stopping = true }
        acceptLoopEnded.wait()
    }

    /// A loopback port with nothing listening on it: connecting to it is refused.
    static func unusedPort() -> UInt16 {
        let probe = socket(AF_INET, streamType, 0)
        defer { close(probe) }
        var address = loopbackAddress(port: 0)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return boundPort(of: probe)
    }

    // MARK: Serving

    private var isStopping: Bool { lock.withLock { stopping } }

    private func acceptLoop() {
        while !isStopping {
            guard waitUntilReadable(listener) else { continue }
            let connection = accept(listener, nil, nil)
            if connection >= 0 { Thread { [self] in serve(connection) }.start() }
        }
        close(listener)
        acceptLoopEnded.signal()
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let (method, path, userAgent) = readRequestHead(connection) else { return }
        lock.withLock {
            counts[method + " " + path, default: 0] += 1
            agents.insert(userAgent)
            inFlight += 1
            mostInFlight = max(mostInFlight, inFlight)
        }
        defer { lock.withLock { inFlight -= 1 } }
        switch Self.route(method: method, path: path) {
        case .silence:
            var byte: UInt8 = 0
            // Wait until the client gives up (end of stream) or the server stops.
            while !isStopping {
                if waitUntilReadable(connection), recv(connection, &byte, 1, 0) <= 0 { return }
            }
        case .status(let status, let location, let delay):
            if delay > .zero { Thread.sleep(forTimeInterval: delay.secondsValue) }
            var head = "HTTP/1.1 \(HTTPStatus(status))\r\nContent-Length: 0\r\nConnection: close\r\n"
            if let location { head += "Location: \(location)\r\n" }
            head += "\r\n"
            let bytes = Array(head.utf8)
            _ = bytes.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Self.noSignal) }
        }
    }

    /// Reads up to the blank line that ends the request's head, and returns its method, path and
    /// `User-Agent` (empty when there is none).
    private func readRequestHead(_ connection: Int32) -> (String, String, String)? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while !received.ends(with: Array("\r\n\r\n".utf8)) {
            guard !isStopping, received.count < 16_384 else { return nil }
            guard waitUntilReadable(connection) else { continue }
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            received += buffer[..<count]
        }
        let lines = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count == 3 else { return nil }
        let userAgent = lines.first { $0.lowercased().hasPrefix("user-agent:") }
            .map { $0.dropFirst("user-agent:".count).trimmingCharacters(in: .whitespaces) } ?? ""
        return (String(parts[0]), String(parts[1]), userAgent)
    }

    /// Waits up to 20 ms for a socket to have something to read (or a connection to accept).
    private func waitUntilReadable(_ socket: Int32) -> Bool {
        var entry = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 20) > 0
    }

    // MARK: Sockets

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    private static let streamType = SOCK_STREAM
    private static let noSignal: Int32 = 0
    #endif

    private static func loopbackAddress(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    private static func boundPort(of socket: Int32) -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return UInt16(bigEndian: address.sin_port)
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
