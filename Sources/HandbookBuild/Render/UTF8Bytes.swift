#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches in UTF-8 bytes with the C library's `memchr`, which reads many bytes at a time:
/// the print page and the link check run these over every page of the site.
extension UnsafeBufferPointer<UInt8> {
    /// The first position of `byte` in `from..<to`, or nil.
    func firstIndex(of byte: UInt8, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = baseAddress,
              let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether the bytes at `index` are those of `pattern`.
    func matches(_ pattern: StaticString, at index: Int) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard index >= 0, index + count <= self.count, let base = baseAddress else { return false }
        return memcmp(base + index, pattern.utf8Start, count) == 0
    }

    /// Whether any byte in `range` is outside ASCII, the start of a character whose meaning
    /// (letter, space, digit, grapheme) only `Character` can tell.
    func hasNonASCII(in range: Range<Int>) -> Bool {
        for index in range where self[index] >= 0x80 { return true }
        return false
    }
}

extension [UInt8] {
    /// Appends the bytes of `range` of `source` in one copy.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes start with those of `prefix`.
    func hasPrefix(_ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard prefix.count <= count else { return false }
        guard let base = baseAddress, let prefixBase = prefix.baseAddress else { return true }
        return memcmp(base, prefixBase, prefix.count) == 0
    }
}
