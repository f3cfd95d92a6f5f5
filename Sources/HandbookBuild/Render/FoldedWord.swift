/// A word as `SearchWordScanner` hands it over: its folded UTF-8 bytes, and the first sixteen of
/// them packed into two integers. No folded word holds a zero byte, so a word of up to sixteen
/// bytes is told from every other by its two integers alone: `WrittenWordSet` hashes and
/// compares most words without reading their bytes again.
struct FoldedWord {
    /// Valid only while the scanner's callback runs.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether every byte is ASCII.
    let isASCII: Bool
    /// Bytes 0..<8, little-endian (the first byte lowest), zeros past the end.
    let head: UInt64
    /// Bytes 8..<16, the same way.
    let tail: UInt64

    var count: Int { bytes.count }

    init(bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool, head: UInt64, tail: UInt64) {
        self.bytes = bytes
        self.isASCII = isASCII
        self.head = head
        self.tail = tail
    }

    /// A word whose packed bytes are to be read from `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        var head: UInt64 = 0, tail: UInt64 = 0
        for (index, byte) in bytes.prefix(16).enumerated() {
            if index < 8 {
                head |= UInt64(byte) << (8 * UInt64(index))
            } else {
                tail |= UInt64(byte) << (8 * UInt64(index - 8))
            }
        }
        self.init(bytes: bytes, isASCII: isASCII, head: head, tail: tail)
    }

    /// The low `count` bytes of a word's integer all set (`count` from 0 to 8).
    @inline(__always)
    static func mask(bytes count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
    }
}
