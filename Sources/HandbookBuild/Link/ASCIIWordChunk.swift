/// Eight bytes of text read as one `UInt64`, first byte lowest, looked at all at once: how many
/// of the first bytes are ASCII letters or digits, and those bytes folded to lower case. A word
/// is read a chunk at a time rather than a byte at a time, so its length costs no branch per byte
/// (each would be mispredicted where the word ends).
///
/// Each test adds a constant to every byte's low seven bits at once: no byte carries into the
/// next, and a byte's high bit tells whether it reached the bound.
enum ASCIIWordChunk {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of each byte that is at least `bound` (at most 0x80), of bytes below 0x80.
    @inline(__always)
    private static func atLeast(_ bound: UInt8, _ sevenBits: UInt64) -> UInt64 {
        (sevenBits &+ UInt64(0x80 - bound) &* 0x0101_0101_0101_0101) & highBits
    }

    /// The high bit of each byte that is an ASCII letter or digit.
    @inline(__always)
    private static func wordBytes(_ chunk: UInt64) -> UInt64 {
        let sevenBits = chunk & lowBits
        let lower = sevenBits | 0x2020_2020_2020_2020
        let letters = atLeast(0x61, lower) & ~atLeast(0x7B, lower)
        let digits = atLeast(0x30, sevenBits) & ~atLeast(0x3A, sevenBits)
        return (letters | digits) & ~chunk
    }

    /// How many of the chunk's first bytes are ASCII letters or digits, 0 to 8.
    @inline(__always)
    static func wordLength(_ chunk: UInt64) -> Int {
        (~wordBytes(chunk) & highBits).trailingZeroBitCount >> 3
    }

    /// The chunk's first `count` bytes, capitals made lower case, the rest zero. The first
    /// `count` bytes must be letters or digits.
    @inline(__always)
    static func folded(_ chunk: UInt64, count: Int) -> UInt64 {
        let sevenBits = chunk & lowBits
        let capitals = atLeast(0x41, sevenBits) & ~atLeast(0x5B, sevenBits)
        let kept: UInt64 = count == 8 ? ~0 : (1 << UInt64(count &* 8)) &- 1
        return (chunk | capitals >> 2) & kept
    }
}
