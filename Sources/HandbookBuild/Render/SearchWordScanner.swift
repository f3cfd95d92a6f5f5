import Foundation

/// Reads the words of a text as `SearchWords` folds them, in one pass over its UTF-8 bytes.
///
/// The folding is `lowercased()`, then canonical decomposition (NFD), then dropping apostrophes
/// and the accents U+0300–U+036F, splitting at whatever is not a letter, mark or digit. ASCII
/// needs none of that machinery: a capital becomes lower case by one bit, and a byte is a letter
/// or digit or not. Other text is folded exactly as before, a stretch at a time between ASCII
/// characters and a few common punctuation marks: case mapping goes scalar by scalar, and
/// decomposition never reaches across a character that neither changes nor combines, so
/// folding stretch by stretch gives what folding the whole text gave.
enum SearchWordScanner {
    /// Calls `body` with each word, folded, in order, until `body` returns false.
    static func forEachWord(in text: String, _ body: (FoldedWord) -> Bool) {
        var source = text
        source.withUTF8 { bytes in
            var word = WordBuffer()
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if word.isEmpty, byte < 0x80 {
                    // Most words are ASCII letters and digits between ASCII separators: read in
                    // one go, folded a word at a time.
                    let end = letterOrDigitRunEnd(in: bytes, from: index)
                    // A separator or an apostrophe with no word to end is passed over.
                    if end == index {
                        index += 1
                        continue
                    }
                    if end == bytes.count || (bytes[end] < 0x80 && bytes[end] != 0x27),
                       let wantsMore = handOver(bytes, index..<end, to: body) {
                        guard wantsMore else { return }
                        index = end
                        continue
                    }
                    // An apostrophe or other text may continue the word: it is read byte by byte.
                    for byte in bytes[index..<end] { word.append(byte | 0x20) }
                    index = end
                    continue
                }
                if byte < 0x80 {
                    switch byte {
                    case 0x41...0x5A: word.append(byte | 0x20)
                    case 0x61...0x7A, 0x30...0x39: word.append(byte)
                    case 0x27: break
                    default: guard word.finish(body) else { return }
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                if let isSeparator = commonPunctuation(scalar) {
                    if isSeparator { guard word.finish(body) else { return } }
                    index += length
                    continue
                }
                let end = stretchEnd(in: bytes, from: index + length)
                let stretch = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                for scalar in stretch.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    if scalar == "'" || scalar == "\u{2019}" || isAccent(scalar) { continue }
                    if isWordPart(scalar) {
                        word.append(scalar)
                    } else {
                        guard word.finish(body) else { return }
                    }
                }
                index = end
            }
            _ = word.finish(body)
        }
    }

    /// Where the run of ASCII letters and digits from `start` ends. Eight bytes are tested at a
    /// time: a byte at a time, the end of each word was a branch mispredicted.
    @inline(__always)
    private static func letterOrDigitRunEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end + 8 <= bytes.count {
            let others = notLetterOrDigit(UnsafeRawPointer(bytes.baseAddress! + end).loadUnaligned(as: UInt64.self))
            if others != 0 { return end + (UInt64(littleEndian: others).trailingZeroBitCount >> 3) }
            end += 8
        }
        while end < bytes.count, isLetterOrDigit(bytes[end]) { end += 1 }
        return end
    }

    @inline(__always)
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// The high bit of each byte of `chunk` that is not an ASCII letter or digit. With the high
    /// bits set beforehand, subtracting a bound from each byte borrows from no other byte: the
    /// high bit survives where the (7-bit) byte is at least the bound.
    @inline(__always)
    private static func notLetterOrDigit(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs = ones &* 0x80
        func atLeast(_ value: UInt64, _ bound: UInt64) -> UInt64 { ((value | highs) &- ones &* bound) & highs }
        let lowered = chunk | ones &* 0x20
        let digits = atLeast(chunk, 0x30) & ~atLeast(chunk, 0x3A)
        let letters = atLeast(lowered, 0x61) & ~atLeast(lowered, 0x7B)
        return ~((digits | letters) & ~chunk) & highs
    }

    /// Hands `body` the word of ASCII letters and digits in `range`, folded: setting the case bit
    /// lowers a capital and leaves a digit or a small letter as it is. Up to sixteen bytes, the
    /// word is folded in two integers (and copied only if it had a capital); a longer one is
    /// handed over where it stands if it has no capital, and otherwise left to the caller (nil).
    @inline(__always)
    private static func handOver(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                 to body: (FoldedWord) -> Bool) -> Bool? {
        let count = range.count
        let headMask = FoldedWord.mask(bytes: count), tailMask = FoldedWord.mask(bytes: max(0, count - 8))
        var head: UInt64 = 0, tail: UInt64 = 0
        if range.lowerBound + 16 <= bytes.count {
            let start = UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
            head = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self)) & headMask
            tail = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & tailMask
        } else {
            let packed = FoldedWord(bytes: UnsafeBufferPointer(rebasing: bytes[range]), isASCII: true)
            (head, tail) = (packed.head, packed.tail)
        }
        let caseBits: UInt64 = 0x2020_2020_2020_2020
        let folded = (head: head | caseBits & headMask, tail: tail | caseBits & tailMask)
        if folded == (head, tail) {
            if count > 16, bytes[(range.lowerBound + 16)..<range.upperBound].contains(where: { $0 &- 0x41 < 26 }) { return nil }
            return body(FoldedWord(bytes: UnsafeBufferPointer(rebasing: bytes[range]), isASCII: true,
                                   head: head, tail: tail))
        }
        guard count <= 16 else { return nil }
        var copy = (folded.head.littleEndian, folded.tail.littleEndian)
        return withUnsafeBytes(of: &copy) { raw in
            body(FoldedWord(bytes: UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count),
                            isASCII: true, head: folded.head, tail: folded.tail))
        }
    }

    /// Where the stretch of text to fold the slow way ends: at the next ASCII byte or common
    /// punctuation mark.
    private static func stretchEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] >= 0x80 {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: end)
            if commonPunctuation(scalar) != nil { break }
            end += length
        }
        return end
    }

    /// For punctuation common in prose, whether it separates words (`true`) or is dropped
    /// (`’`, `false`); nil for any other scalar. Each of these is its own lower case and its
    /// own decomposition, and combines with nothing, so it can be handled without folding.
    @inline(__always)
    private static func commonPunctuation(_ scalar: UInt32) -> Bool? {
        switch scalar {
        case 0x2019: false
        case 0x00A0, 0x2013, 0x2014, 0x2018, 0x201C, 0x201D, 0x2026: true
        default: nil
        }
    }

    /// The marks that JavaScript's `normalize("NFD")` splits off Latin letters and the script
    /// removes with `/[\u0300-\u036f]/g`.
    private static func isAccent(_ scalar: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(scalar.value)
    }

    /// `\p{L}`, `\p{M}` or `\p{N}`: what the script's `/[^\p{L}\p{M}\p{N}]+/u` keeps together.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}

/// The folded bytes of the word being read.
private struct WordBuffer {
    private var bytes: [UInt8] = []
    private var isASCII = true

    init() { bytes.reserveCapacity(64) }

    var isEmpty: Bool { bytes.isEmpty }

    @inline(__always)
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ scalar: Unicode.Scalar) {
        if !scalar.isASCII { isASCII = false }
        bytes.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// Hands a finished word to `body` and starts the next; false when `body` wants no more.
    mutating func finish(_ body: (FoldedWord) -> Bool) -> Bool {
        guard !bytes.isEmpty else { return true }
        let wantsMore = bytes.withUnsafeBufferPointer { body(FoldedWord(bytes: $0, isASCII: isASCII)) }
        bytes.removeAll(keepingCapacity: true)
        isASCII = true
        return wantsMore
    }
}
