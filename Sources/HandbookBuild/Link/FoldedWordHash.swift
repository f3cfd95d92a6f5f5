/// A hash of a folded word, taken eight bytes at a time (first byte lowest), as `TermWords`
/// reads an ASCII word a chunk at a time; a byte at a time where it reads bytes one by one.
struct FoldedWordHash {
    private var hash: UInt64 = FNV1a.seed
    /// Bytes not yet hashed, and how many.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init() {}

    init(_ bytes: [UInt8]) {
        for byte in bytes { add(byte) }
    }

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        pending |= UInt64(byte) << UInt64(pendingCount &* 8)
        pendingCount &+= 1
        if pendingCount == 8 { flush() }
    }

    /// Adds the low `count` bytes of `chunk`, whose other bytes are zero. No byte may be
    /// pending: none may have been added, or a multiple of eight.
    @inline(__always)
    mutating func add(chunk: UInt64, count: Int) {
        assert(pendingCount == 0, "a chunk added after \(pendingCount) bytes")
        pending = chunk
        pendingCount = count
        if count == 8 { flush() }
    }

    /// The hash of the bytes added. No folded byte is zero, so the zeros that fill a last
    /// chunk cannot be mistaken for bytes.
    var value: UInt64 {
        var copy = self
        if copy.pendingCount > 0 { copy.flush() }
        return copy.hash
    }

    /// The 128-bit product's high half depends on every bit of the chunk and the hash so far;
    /// folded into the low half, it reaches the low bits, which pick a slot.
    @inline(__always)
    private mutating func flush() {
        let product = (hash ^ pending).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        hash = product.high ^ product.low
        pending = 0
        pendingCount = 0
    }
}
