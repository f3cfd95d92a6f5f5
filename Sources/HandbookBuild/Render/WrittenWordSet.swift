/// A word list under construction, the words separated by spaces, that knows which ASCII words
/// it already holds. A page repeats most of its words, so a word is looked up before it is
/// written: a repeated word costs a hash and a comparison, and is never copied.
///
/// A word of up to sixteen bytes, nearly every word, is kept in the table as its two integers
/// (see `FoldedWord`), which are all that hashing and comparing it read; a longer one is kept
/// as a string. (ASCII Strings are equal exactly when their bytes are.)
struct WrittenWordSet {
    /// A short word's integers; both zero for an empty slot, as no word is empty.
    private struct Slot: Equatable {
        var head: UInt64 = 0
        var tail: UInt64 = 0
    }

    /// The words written so far, separated by spaces.
    private(set) var list: [UInt8] = []
    /// How many words `list` holds.
    private(set) var count = 0
    /// Open addressing with linear probing, at most half full; a word's first slot is picked by
    /// the top bits of its hash.
    private var slots: [Slot]
    private var shift: UInt64
    private var used = 0
    private var longWords: Set<String> = []

    /// - Parameter capacity: the bytes the list may take; a quarter of that many slots (most
    ///   words are longer than four bytes, and repeated) spares the table most of its growing.
    init(capacity: Int) {
        list.reserveCapacity(capacity)
        var bits: UInt64 = 6
        while 1 << bits < capacity / 4, bits < 16 { bits += 1 }
        slots = [Slot](repeating: Slot(), count: 1 << bits)
        shift = 64 - bits
    }

    /// Writes an ASCII word unless an equal word is already in; false if it was.
    @inline(__always)
    mutating func insertASCII(_ word: FoldedWord) -> Bool {
        guard word.count <= 16 else { return insertLong(word) }
        let key = Slot(head: word.head, tail: word.tail)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key) >> shift)
        // Looked up and, when new, put in with one access to the table.
        let isNew = slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot] != Slot() {
                if slots[slot] == key { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = key
            return true
        }
        guard isNew else { return false }
        write(word.bytes)
        used += 1
        if used * 2 > slots.count { grow() }
        return true
    }

    /// A word of more than sixteen bytes, kept as a string.
    private mutating func insertLong(_ word: FoldedWord) -> Bool {
        guard longWords.insert(String(decoding: word.bytes, as: UTF8.self)).inserted else { return false }
        write(word.bytes)
        return true
    }

    /// Writes a word with letters other than ASCII, which the caller has found to be new: none
    /// of them equals an ASCII word.
    mutating func appendOther(_ word: UnsafeBufferPointer<UInt8>) {
        write(word)
    }

    /// Appends `word`, after a space unless it is the first.
    private mutating func write(_ word: UnsafeBufferPointer<UInt8>) {
        if count > 0 { list.append(0x20) }
        count += 1
        list.append(contentsOf: word)
    }

    /// The two integers multiplied together; the top bits, which depend on every bit of them,
    /// pick the slot.
    @inline(__always)
    private static func hash(_ key: Slot) -> UInt64 {
        let mixed = (key.head &* 0x9E37_79B9_7F4A_7C15) ^ key.tail
        return (mixed ^ (mixed >> 31)) &* 0xBF58_476D_1CE4_E5B9
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for key in old where key != Slot() {
            var slot = Int(truncatingIfNeeded: Self.hash(key) >> shift)
            while slots[slot] != Slot() { slot = (slot + 1) & mask }
            slots[slot] = key
        }
    }
}
