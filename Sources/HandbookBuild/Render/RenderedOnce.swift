import Foundation

/// A value made the first time it is asked for and kept: a page's values are rendered twice, as
/// the page and as its print chapter, possibly by two threads at once; the glossary's and the
/// sources' pages both list links from one table of every page's link.
final class RenderedOnce<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    func value(_ make: () -> Value) -> Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
