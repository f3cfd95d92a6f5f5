import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends requests byte for byte as written, over a plain socket, so tests can send what a
/// browser's URL handling would clean up (`/../`, backslashes), and reads the answer.
struct RawHTTPClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: UInt16

    /// One request on a new connection, which the server closes after answering. The socket is
    /// read on a thread of its own: blocking one of the few threads that run Swift's tasks (or
    /// Dispatch's global queues) would stall the server under test, which runs on them.
    func send(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> Response {
        let port = self.port
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try Self.exchange(port: port, target, method: method, headers: headers) })
            }.start()
        }
    }

    private static func exchange(port: UInt16, _ target: String, method: String, headers: [String: String]) throws -> Response {
        let connection = try TestSocket(port: port)
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        connection.send(head + "\r\n")
        let data = connection.readToEnd(timeout: 30)
        do {
            return try parse(data, method: method)
        } catch {
            throw TestFailure("\(method) \(target.prefix(80)): \(error)")
        }
    }

    static func parse(_ data: Data, method: String) throws -> Response {
        let bytes = [UInt8](data)
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = (0...(max(0, bytes.count - 4))).first(where: { Array(bytes[$0..<min(bytes.count, $0 + 4)]) == separator })
        else { throw TestFailure("no response head in '\(String(decoding: data, as: UTF8.self))'") }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw TestFailure("bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(bytes[(end + 4)...]))
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
