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
                var slot = Self.hash(UnsafeBufferPointer(rebasing: bytes[range]), "") & (capacity - 1)
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
        let tailBytes = UnsafeBufferPointer(start: tail.utf8Start, count: tail.utf8CodeUnitCount)
        let count = head.count + tailBytes.count
        let mask = slots.count - 1
        var slot = Self.hash(head, tail) & mask
        return storage.withUnsafeBufferPointer { bytes in
            while slots[slot] >= 0 {
                let range = ranges[Int(slots[slot])]
                if range.count == count,
                   bytes[range.lowerBound..<range.lowerBound + head.count].elementsEqual(head),
                   bytes[(range.lowerBound + head.count)..<range.upperBound].elementsEqual(tailBytes) {
                    return true
                }
                slot = (slot + 1) & mask
            }
            return false
        }
    }

    /// FNV-1a over the bytes of `head` then `tail`, as a non-negative Int.
    private static func hash(_ head: UnsafeBufferPointer<UInt8>, _ tail: StaticString) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in head { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for byte in UnsafeBufferPointer(start: tail.utf8Start, count: tail.utf8CodeUnitCount) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash >> 1)
    }
}
