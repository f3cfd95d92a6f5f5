import Foundation

/// A page's view of the reload channel: connects to `/__handbook/events` and reads the events
/// as they come.
final class EventStreamClient: @unchecked Sendable {
    struct Event: Equatable {
        var name: String
        var data: String
    }

    private let socket: TestSocket
    private var buffer = ""

    init(port: UInt16) throws {
        socket = try TestSocket(port: port)
        socket.send("GET /__handbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    }

    /// The next event called `name`, skipping others; nil when none comes within `timeout`.
    func next(_ name: String, timeout: Double = 60) async -> Event? {
        await withCheckedContinuation { continuation in
            // A thread of its own, off the threads that run the server's tasks.
            Thread { continuation.resume(returning: self.waitForEvent(name, timeout: timeout)) }.start()
        }
    }

    private func waitForEvent(_ name: String, timeout: Double) -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            while let event = takeEvent() {
                if event.name == name { return event }
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, let chunk = socket.read(timeout: remaining), !chunk.isEmpty else { return nil }
            buffer += String(decoding: chunk, as: UTF8.self)
        }
    }

    /// Takes the first complete `event:`/`data:` block out of the buffer (chunk sizes between
    /// blocks are skipped: each event is sent as one chunk).
    private func takeEvent() -> Event? {
        guard let start = buffer.range(of: "event: "),
              let end = buffer.range(of: "\n\n", range: start.upperBound..<buffer.endIndex) else { return nil }
        let block = buffer[start.lowerBound..<end.lowerBound]
        buffer.removeSubrange(buffer.startIndex..<end.upperBound)
        var event = Event(name: "", data: "")
        for line in block.split(separator: "\n") {
            if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { event.data = String(line.dropFirst(6)) }
        }
        return event
    }
}
