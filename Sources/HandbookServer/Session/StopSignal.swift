import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM, for a clean stop: from `listen()` on, the first one is kept for
/// `received()`; a second one ends the process at once, as usual.
public final class StopSignal: Sendable {
    private let arrived: AsyncStream<Void>
    nonisolated(unsafe) private var sources: [any DispatchSourceSignal] = []

    private init(arrived: AsyncStream<Void>) {
        self.arrived = arrived
    }

    /// Starts listening for the signals.
    public static func listen() -> StopSignal {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let stop = StopSignal(arrived: stream)
        let numbers = [SIGINT, SIGTERM]
        let once = OnceFlag()
        for number in numbers {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                guard once.claim() else { return }
                for number in numbers { signal(number, SIG_DFL) }
                continuation.yield()
                continuation.finish()
            }
            source.resume()
            stop.sources.append(source)
        }
        return stop
    }

    /// Returns once a signal came (at once if one came already).
    public func received() async {
        for await _ in arrived { return }
    }
}
