import FlyingSocks

/// The reload channel's events as the bytes of a `text/event-stream` body, for FlyingFox to send
/// (chunked) until the stream ends.
struct EventStreamBytes: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<ReloadEvent>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<ReloadEvent>.AsyncIterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        /// The rest of the current event, or the next event as soon as there is one.
        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = ArraySlice(event.serverSentEvent.utf8)
            }
            let taken = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(taken.count)
            return Array(taken)
        }
    }
}
