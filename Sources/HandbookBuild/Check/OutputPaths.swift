#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The paths of the built site's files, asked about for every link on every page. Besides the
/// set of strings, it keeps the paths' UTF-8 bytes in a hash table of its own, so that a link
/// naming a file byte for byte is found without making a `String` for it.
struct OutputPaths: Sendable {
    /// The paths, compared as strings compare (spellings that are canonically equivalent,
    /// such as a composed and a decomposed `é`, are equal).
    let strings: Set<String>
    /// Every path's bytes, one after another; `ranges` says where each is.
    private let storage: [UInt8]
    private let ranges: [Range<Int>]
    /// Open addressing: an index into `ranges`, or -1 for an empty slot. At most half full.
    private let slots: [Int32]

    init(_ paths: some Sequence<String>) {
        strings = Set(paths)
        var storage: [UInt8] = []
        var ranges: [Range<Int>] = []
        for path in strings {
            let start = storage.count
            storage += path.utf8
            ranges.append(start..<storage.count)
        }
        var capacity = 16
        while capacity < ranges.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        storage.withUnsafeBufferPointer { bytes in
            for (index, range) in ranges.enumerated() {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[range])) & (capacity - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(index)
            }
        }
        self.storage = storage
        self.ranges = ranges
        self.slots = slots
    }

    /// Whether the bytes of `head` then `tail` are those of one of the paths. False only says
    /// that no path is written with exactly these bytes: `strings` has the last word.
    func containsBytes(_ head: UnsafeBufferPointer<UInt8>, _ tail: StaticString) -> Bool {
        let tail = UnsafeBufferPointer(start: tail.utf8Start, count: tail.utf8CodeUnitCount)
        // Joined on the stack (a link is short), the path is hashed eight bytes at a time.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: head.count + tail.count) { path in
            _ = path.initialize(fromContentsOf: head)
            _ = UnsafeMutableBufferPointer(rebasing: path[head.count...]).initialize(fromContentsOf: tail)
            return contains(UnsafeBufferPointer(path))
        }
    }

    private func contains(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        let mask = slots.count - 1
        var slot = Self.hash(path) & mask
        return storage.withUnsafeBufferPointer { bytes in
            while slots[slot] >= 0 {
                let range = ranges[Int(slots[slot])]
                if range.count == path.count,
                   path.isEmpty || memcmp(bytes.baseAddress! + range.lowerBound, path.baseAddress!, path.count) == 0 {
                    return true
                }
                slot = (slot + 1) & mask
            }
            return false
        }
    }

    /// A hash of the bytes, as a non-negative Int: each eight-byte word (the last one padded
    /// with zeros) multiplied in, then the bits mixed (MurmurHash3's finaliser), so that paths
    /// differing in one byte land far apart.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(bytes.count)
        var index = 0
        while index + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 29
            index += 8
        }
        var last: UInt64 = 0
        for (shift, byte) in raw[index...].enumerated() { last |= UInt64(byte) << (shift * 8) }
        hash = (hash ^ last) &* 0x9e37_79b9_7f4a_7c15
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash &*= 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash >> 1)
    }
}
