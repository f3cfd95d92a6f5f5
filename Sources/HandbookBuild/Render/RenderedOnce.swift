import Foundation

/// HTML made the first time it is asked for and kept: a page's values are rendered twice, as the
/// page and as its print chapter, possibly by two threads at once.
final class RenderedOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var html: String?

    func value(_ make: () -> String) -> String {
        lock.withLock {
            if let html { return html }
            let made = make()
            html = made
            return made
        }
    }
}
