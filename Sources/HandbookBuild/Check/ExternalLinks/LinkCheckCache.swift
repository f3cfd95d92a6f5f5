import Foundation

/// The answers of earlier runs, by requested URL, kept in a JSON file so that a second run soon
/// after the first sends no request:
///
/// ```json
/// {
///   "https://x.example/a" : { "checkedAt" : "2026-05-01T09:30:00Z", "status" : 200 },
///   "https://y.example/" : { "checkedAt" : "2026-05-01T09:30:00Z", "unreachable" : "host not found" }
/// }
/// ```
struct LinkCheckCache: Hashable, Sendable {
    private(set) var entries: [String: CachedLinkCheck]

    init(entries: [String: CachedLinkCheck] = [:]) { self.entries = entries }

    /// The cache in a file; empty when the file is missing, unreadable or not a cache, because a
    /// cache can always be rebuilt by asking again.
    static func load(from path: String) -> LinkCheckCache {
        guard let data = FileManager.default.contents(atPath: path),
              let entries = try? decoder.decode([String: CachedLinkCheck].self, from: data)
        else { return LinkCheckCache() }
        return LinkCheckCache(entries: entries)
    }

    /// Writes the cache in one step (a temporary file renamed into place), creating its folder.
    func save(to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        try Self.encoder.encode(entries).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    subscript(address: String) -> CachedLinkCheck? { entries[address] }

    mutating func record(_ outcome: LinkCheckOutcome, for address: String, at date: Date) {
        entries[address] = CachedLinkCheck(outcome, checkedAt: date)
    }

    /// Forgets the answers that may no longer be reused, so the file does not grow forever.
    mutating func removeStale(at now: Date, lifetime: Duration, failureLifetime: Duration) {
        entries = entries.filter { $0.value.isFresh(at: now, lifetime: lifetime, failureLifetime: failureLifetime) }
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
