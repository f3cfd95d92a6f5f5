import Dispatch

/// A value made on another thread while the caller goes on; `value` waits for it. With
/// `HANDBOOK_JOBS=1` it is made at once, on the caller's thread.
final class BackgroundValue<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the making thread before it signals `done`; read only after waiting.
    private var made: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        if Parallelism.isSerial {
            made = make()
            done.signal()
            return
        }
        DispatchQueue.global().async { [self] in
            made = make()
            done.signal()
        }
    }

    /// The value: the first read waits until it is made.
    var value: Value {
        done.wait()
        defer { done.signal() }
        return made!
    }
}
