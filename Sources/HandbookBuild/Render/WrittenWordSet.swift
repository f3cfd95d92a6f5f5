#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A word list under construction, the words separated by spaces, that knows which ASCII words
/// it already holds: each is found by its bytes in the list itself, so checking a word allocates
/// nothing and hashes it without Unicode normalisation. (ASCII Strings are equal exactly when
/// their bytes are.) A page repeats most of its words, so a word is looked up before it is
/// written: a repeated word costs a hash and a comparison, and is never copied.
struct WrittenWordSet {
    private struct Entry {
        var start: Int
        var count: Int
        var hash: UInt64
    }

    /// The words written so far, separated by spaces.
    private(set) var list: [UInt8] = []
    /// How many words `list` holds.
    private(set) var count = 0
    private var entries: [Entry] = []
    /// Open addressing with linear probing: an index into `entries`, or -1 for an empty slot.
    private var slots = [Int](repeating: -1, count: 1024)

    init(capacity: Int) {
        list.reserveCapacity(capacity)
    }

    /// Writes an ASCII word unless an equal word is already in; false if it was.
    mutating func insertASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found = list.withUnsafeBufferPointer { list in
            while slots[slot] >= 0 {
                let entry = entries[slots[slot]]
                if entry.hash == hash, entry.count == word.count,
                   memcmp(list.baseAddress! + entry.start, word.baseAddress!, word.count) == 0 {
                    return true
                }
                slot = (slot + 1) & mask
            }
            return false
        }
        guard !found else { return false }
        slots[slot] = entries.count
        entries.append(Entry(start: write(word), count: word.count, hash: hash))
        if entries.count * 2 > slots.count { grow() }
        return true
    }

    /// Writes a word with letters other than ASCII, which the caller has found to be new: none
    /// of them equals an ASCII word.
    mutating func appendOther(_ word: UnsafeBufferPointer<UInt8>) {
        _ = write(word)
    }

    /// Appends `word` after a space (unless it is the first), and returns where it starts.
    private mutating func write(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        if count > 0 { list.append(0x20) }
        count += 1
        let start = list.count
        list.append(contentsOf: word)
        return start
    }

    /// FNV-1a's multiplication over the word eight bytes at a time: words are short, and a byte
    /// at a time would wait on a multiplication per letter.
    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FNV1a.seed ^ UInt64(word.count)
        guard let base = word.baseAddress else { return hash }
        var index = 0
        while index + 8 <= word.count {
            hash = mix(hash, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            index += 8
        }
        guard index < word.count else { return hash }
        var chunk: UInt64 = 0
        for position in index..<word.count {
            chunk |= UInt64(base[position]) << (8 * UInt64(position - index))
        }
        return mix(hash, chunk)
    }

    /// Folds eight bytes into the hash; the shift brings the product's high bits, which depend on
    /// every bit of the chunk, down to the low bits that pick a slot.
    @inline(__always)
    private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let product = (hash ^ chunk) &* 0x0000_0100_0000_01B3
        return product ^ (product >> 29)
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
