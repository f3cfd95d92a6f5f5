/// The ASCII words already in a word list under construction, each found by its bytes in the
/// list itself: checking a word allocates nothing and hashes it without Unicode normalisation.
/// (ASCII Strings are equal exactly when their bytes are.)
struct WrittenWordSet {
    private struct Entry {
        var start: Int
        var end: Int
        var hash: UInt64
    }

    private var entries: [Entry] = []
    /// Open addressing with linear probing: an index into `entries`, or -1 for an empty slot.
    private var slots = [Int](repeating: -1, count: 1024)

    /// Adds the word at `range` of `list` unless an equal word is already in; false if it was.
    mutating func insert(_ range: Range<Int>, of list: [UInt8]) -> Bool {
        let hash = FNV1a.hash(list[range])
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[slots[slot]]
            if entry.hash == hash, list[entry.start..<entry.end].elementsEqual(list[range]) { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = entries.count
        entries.append(Entry(start: range.lowerBound, end: range.upperBound, hash: hash))
        if entries.count * 2 > slots.count { grow() }
        return true
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }
}
