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
    /// Calls `body` with each word's folded UTF-8 bytes and whether they are all ASCII, in
    /// order, until `body` returns false.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Bool) {
        var source = text
        source.withUTF8 { bytes in
            var word = WordBuffer()
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if word.isEmpty, let end = plainWordEnd(in: bytes, from: index) {
                    guard body(UnsafeBufferPointer(rebasing: bytes[index..<end]), true) else { return }
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

    /// The end of the word starting at `start` when it is already folded: lower-case ASCII
    /// letters and digits only, followed by an ASCII byte that ends a word (or by the end). Such a
    /// word, the most common kind, is handed over where it stands instead of being copied.
    @inline(__always)
    private static func plainWordEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while end < bytes.count, isPlainWordByte(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        guard end < bytes.count else { return end }
        let next = bytes[end]
        // A capital or an apostrophe needs folding; other text may continue the word.
        if next >= 0x80 || next == 0x27 || (next >= 0x41 && next <= 0x5A) { return nil }
        return end
    }

    @inline(__always)
    private static func isPlainWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
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
    mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Bool) -> Bool) -> Bool {
        guard !bytes.isEmpty else { return true }
        let wantsMore = bytes.withUnsafeBufferPointer { body($0, isASCII) }
        bytes.removeAll(keepingCapacity: true)
        isASCII = true
        return wantsMore
    }
}
