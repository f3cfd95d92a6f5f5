import Foundation

/// Strong entity tags, and the comparisons of RFC 9110 §8.8.3.
enum EntityTag {
    /// A tag from the bytes themselves (FNV-1a), the same across restarts of the server.
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        return "\"h" + String(hash, radix: 16) + "-" + String(data.count, radix: 16) + "\""
    }

    /// A tag from a file's identity, size and modification time, without reading it.
    static func of(_ file: FileStatus) -> String {
        "\"f" + String(file.inode, radix: 16) + "-" + String(file.size, radix: 16) + "-"
            + String(file.modificationNanoseconds, radix: 16) + "\""
    }

    /// Whether an `If-None-Match` or `If-Match` list names `tag`; `weakly` compares ignoring `W/`.
    static func list(_ header: String, contains tag: String, weakly: Bool) -> Bool {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        if trimmed == "*" { return true }
        for candidate in trimmed.split(separator: ",") {
            var value = candidate.trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("W/") {
                guard weakly else { continue }
                value.removeFirst(2)
            }
            if value == tag { return true }
        }
        return false
    }
}
