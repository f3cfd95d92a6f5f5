import FlyingSocks
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// FlyingFox's socket pool with a time limit on every wait of a connection: a client that sends
/// nothing (or reads nothing) for that long is disconnected, so idle and stalled connections do
/// not pile up. Every connection has its own task, so a slow one never holds up the others. The
/// listening socket waits as long as it must.
struct IdleTimeoutSocketPool: AsyncSocketPool {
    let base: any AsyncSocketPool
    let timeout: Duration

    func prepare() async throws { try await base.prepare() }

    func run() async throws { try await base.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        if Self.isListening(socket) {
            try await base.suspendSocket(socket, untilReadyFor: events)
            return
        }
        let base = self.base, timeout = self.timeout
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await base.suspendSocket(socket, untilReadyFor: events) }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw SocketError.timeout(message: "connection idle for \(timeout)")
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    private static func isListening(_ socket: Socket) -> Bool {
        var accepting: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(socket.file.rawValue, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) == 0 else { return false }
        return accepting != 0
    }
}
