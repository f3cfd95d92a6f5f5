/// FNV-1a, 64 bits: a hash of short byte strings (words) that can be computed a byte at a time
/// while the bytes are being read, so that a word is hashed without first being copied.
enum FNV1a {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(seed) { adding($1, to: $0) }
    }
}

/// A read-only table from byte strings to integers, looked up with a word's `FNV1a` hash and a
/// comparison of its bytes. Unlike a `[String: Int]`, a lookup builds no String and does not hash with
/// Unicode normalisation: it serves words that are plain ASCII, for which bytes and meaning agree.
struct ByteStringTable {
    private var keys: [[UInt8]] = []
    private var hashes: [UInt64] = []
    private var values: [Int] = []
    /// Open addressing with linear probing: an index into `keys`, or -1 for an empty slot.
    private var slots: [Int]
    private var mask: Int

    /// `entries` must not repeat a key.
    init(_ entries: [(key: [UInt8], value: Int)]) {
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for entry in entries {
            let hash = FNV1a.hash(entry.key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = keys.count
            keys.append(entry.key)
            hashes.append(hash)
            values.append(entry.value)
        }
    }

    /// The value for the key whose hash is `hash` and for which `isKey` holds: the caller
    /// compares a key with its word as it stands, so the word need not be copied out first.
    func value(hash: UInt64, where isKey: ([UInt8]) -> Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            if hashes[index] == hash, isKey(keys[index]) { return values[index] }
            slot = (slot + 1) & mask
        }
    }
}
