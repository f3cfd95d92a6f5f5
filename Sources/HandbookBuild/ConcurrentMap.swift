import Dispatch
import Foundation

/// Whether the build's stages run on every core (the default) or, with `HANDBOOK_JOBS=1` in
/// the environment, on one thread: a test builds a site both ways and compares the output.
enum Parallelism {
    static let isSerial = ProcessInfo.processInfo.environment["HANDBOOK_JOBS"] == "1"
}

extension Array {
    /// `map`, run on every core. The results keep the order of the elements, so the output is
    /// the same as a serial `map` whatever the scheduling. `transform` must only touch state of
    /// its own element or state that is safe to read from several threads.
    func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
        guard count > 1, !Parallelism.isSerial else { return map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
            results.initialize(repeating: nil)
            defer {
                _ = results.deinitialize()
                results.deallocate()
            }
            let box = UncheckedBox(elements: self, transform: transform, results: results)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                box.results[index] = box.transform(box.elements[index])
            }
            return results.map { $0! }
        }
    }
}

/// Hands the elements, the transform and the result slots to `concurrentPerform`'s threads.
/// Each thread writes only its own slots, so no two threads touch the same memory.
private struct UncheckedBox<Element, Result>: @unchecked Sendable {
    let elements: [Element]
    let transform: (Element) -> Result
    let results: UnsafeMutableBufferPointer<Result?>
}
