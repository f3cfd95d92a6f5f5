import Foundation

extension Duration {
    /// The duration in seconds, for Foundation's `TimeInterval` parameters.
    var secondsValue: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }

    /// `10 s`, or `0.5 s` for a fraction of a second.
    var secondsText: String {
        let parts = components
        if parts.attoseconds == 0 { return "\(parts.seconds) s" }
        return String(format: "%g s", secondsValue)
    }
}
