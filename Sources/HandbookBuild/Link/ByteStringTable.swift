/// FNV-1a, 64 bits: its offset basis, which `WrittenWordSet` starts its word hashes from.
enum FNV1a {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
}

/// A read-only table from byte strings to integers, looked up with a word's `FoldedWordHash` and a
/// comparison of its bytes. Unlike a `[String: Int]`, a lookup builds no String and does not hash with
/// Unicode normalisation: it serves words that are plain ASCII, for which bytes and meaning agree.
/// The keys are kept end to end in one array, so that a lookup retains and copies nothing.
struct ByteStringTable {
    /// Every key, one after another.
    private var keyBytes: [UInt8] = []
    private var keyRanges: [Range<Int>] = []
    private var hashes: [UInt64] = []
    private var values: [Int] = []
    /// Open addressing with linear probing: an index into `keyRanges`, or -1 for an empty slot.
    private var slots: [Int]
    private var mask: Int
    /// A bit for each 2,048th of the hashes, set where a key's hash falls: most words looked up
    /// are not keys, and most of those are turned away by a bit of these 256 bytes (which stay
    /// in the processor's nearest cache), a branch the processor learns to predict.
    private var filter = [UInt64](repeating: 0, count: 32)

    /// `entries` must not repeat a key.
    init(_ entries: [(key: [UInt8], value: Int)]) {
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for entry in entries {
            let hash = FoldedWordHash(entry.key).value
            filter[Self.filterWord(hash)] |= Self.filterBit(hash)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = keyRanges.count
            keyRanges.append(keyBytes.count..<(keyBytes.count + entry.key.count))
            keyBytes += entry.key
            hashes.append(hash)
            values.append(entry.value)
        }
    }

    @inline(__always)
    private static func filterWord(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 6) & 31 }

    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }

    /// The value for the key whose hash is `hash` and for which `isKey` holds: the caller
    /// compares a key with its word as it stands, so the word need not be copied out first.
    @inline(__always)
    func value(hash: UInt64, where isKey: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        guard filter[Self.filterWord(hash)] & Self.filterBit(hash) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if hashes[index] == hash, keyBytes.withUnsafeBufferPointer({ isKey(UnsafeBufferPointer(rebasing: $0[keyRanges[index]])) }) {
                return values[index]
            }
            slot = (slot + 1) & mask
        }
    }
}
