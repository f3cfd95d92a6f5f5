#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a run of bytes in UTF-8 text with the C library's `memchr`, which reads many bytes at
/// a time: it runs over every page's source and HTML.
enum ByteSearch {
    /// The first place at or after `from` where `needle` (not empty) starts: `memchr` finds each
    /// candidate first byte.
    static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = from
        while index + needle.count <= bytes.count,
              let found = memchr(base + index, Int32(needle[0]), bytes.count - needle.count + 1 - index) {
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
            index = start + 1
        }
        return nil
    }
}
