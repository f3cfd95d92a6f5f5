extension SourceText {
    /// Offers `visit` every place in `range` where a link described by `clue` could start, in
    /// order, until it returns false: the search usually ends at the first. Escaped characters
    /// and code spans that close within the range are skipped.
    func forEachOpener(for clue: LinkClue, in range: Range<Int>, _ visit: (LinkOpener) -> Bool) {
        let autolinkText = clue.looksLikeAutolink ? Array(clue.text.utf8) : []
        let scanner = LinkSpanScanner(bytes: bytes, limit: range.upperBound)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "`") {
                offset = scanner.endOfCodeSpan(at: offset)
                continue
            }
            // Without an autolink's text to look for, only `[` and `!` can open a link: the other
            // bytes, most of a line, need no closer look.
            let mayOpen = !autolinkText.isEmpty || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "!")
            if mayOpen, let opener = opener(at: offset, byte: byte, in: range, clue: clue, autolinkText: autolinkText),
               !visit(opener) {
                return
            }
            offset += 1
        }
    }

    private func opener(at offset: Int, byte: UInt8, in range: Range<Int>, clue: LinkClue,
                        autolinkText: [UInt8]) -> LinkOpener? {
        guard !isEscaped(offset) else { return nil }
        let next = offset + 1 < range.upperBound ? bytes[offset + 1] : 0
        if clue.isImage {
            return byte == UInt8(ascii: "!") && next == UInt8(ascii: "[")
                ? LinkOpener(offset: offset, kind: .image, length: 2) : nil
        }
        if byte == UInt8(ascii: "[") {
            let afterBang = offset > 0 && bytes[offset - 1] == UInt8(ascii: "!") && !isEscaped(offset - 1)
            return afterBang ? nil : LinkOpener(offset: offset, kind: .link, length: 1)
        }
        guard !autolinkText.isEmpty else { return nil }
        if byte == UInt8(ascii: "<"), has(autolinkText, at: offset + 1, before: range.upperBound) {
            return LinkOpener(offset: offset, kind: .autolink, length: 1)
        }
        if has(autolinkText, at: offset, before: range.upperBound), mayStartBareAutolink(at: offset) {
            return LinkOpener(offset: offset, kind: .autolink, length: 0)
        }
        return nil
    }

    /// Whether the byte at `offset` follows an odd number of backslashes.
    func isEscaped(_ offset: Int) -> Bool {
        var count = 0
        var index = offset - 1
        while index >= 0 && bytes[index] == UInt8(ascii: "\\") {
            count += 1
            index -= 1
        }
        return count % 2 == 1
    }

    private func has(_ needle: [UInt8], at offset: Int, before end: Int) -> Bool {
        offset + needle.count <= end && bytes[offset..<offset + needle.count].elementsEqual(needle)
    }

    /// GFM recognises a bare URL only at the start of a line, after whitespace, or after one
    /// of `*`, `_`, `~` and `(`.
    private func mayStartBareAutolink(at offset: Int) -> Bool {
        guard offset > 0 else { return true }
        switch bytes[offset - 1] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"),
             UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "("): return true
        default: return false
        }
    }

    /// The first few letters and digits of a link's text, which `opener(_:startsText:)`
    /// looks for after an opener. Worked out once a link, as a line may hold many openers.
    static func leadingLettersAndDigits(of text: String) -> [Unicode.Scalar] {
        var wanted: [Unicode.Scalar] = []
        wanted.reserveCapacity(8)
        for scalar in text.unicodeScalars where scalar.isLetterOrDigit {
            wanted.append(scalar)
            if wanted.count == 8 { break }
        }
        return wanted
    }

    /// Whether the source text after `opener` reads like the link text whose
    /// `leadingLettersAndDigits` are `wanted`: those letters and digits come first, skipping
    /// markup and entity references such as `&amp;`. The source is read as scalars straight
    /// from its bytes, up to 256 of them after the opener; a character cut at that limit reads
    /// as neither letter nor digit.
    func opener(_ opener: LinkOpener, startsText wanted: [Unicode.Scalar]) -> Bool {
        if opener.kind == .autolink { return true }
        guard !wanted.isEmpty else { return true }
        let end = min(bytes.count, opener.textStart + 256)
        var found = 0
        var offset = opener.textStart
        while offset < end, found < wanted.count {
            if bytes[offset] == UInt8(ascii: "&"), let afterEntity = endOfEntity(at: offset, before: end) {
                offset = afterEntity
                continue
            }
            let (scalar, length) = scalar(at: offset, before: end)
            if let scalar, scalar.isLetterOrDigit {
                guard scalar == wanted[found] else { return false }
                found += 1
            }
            offset += length
        }
        return found == wanted.count
    }

    /// Just past `&name;` or `&#123;` at `offset` (which holds the `&`), if that is what is
    /// there: a `;` within 32 characters, after at least one, and only `#`, ASCII letters and
    /// digits before it.
    private func endOfEntity(at offset: Int, before end: Int) -> Int? {
        var index = offset + 1
        while index < end, index - offset <= 32 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return index > offset + 1 ? index + 1 : nil }
            guard byte == UInt8(ascii: "#") || SourceText.isASCIILetterOrDigit(byte) else { return nil }
            index += 1
        }
        return nil
    }

    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The scalar starting at `offset` and its length in bytes; nil (length 1) for a byte that
    /// does not start one or a sequence cut by `end`, which decoding would repair to U+FFFD.
    private func scalar(at offset: Int, before end: Int) -> (Unicode.Scalar?, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, offset + length <= end else { return (nil, 1) }
        var value = UInt32(lead) & (0x7F >> length)
        for index in offset + 1 ..< offset + length { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return (Unicode.Scalar(value), length)
    }
}

private extension Unicode.Scalar {
    /// Alphabetic or a decimal digit. In ASCII those are exactly the letters and digits, which
    /// are told apart without the Unicode property tables.
    var isLetterOrDigit: Bool {
        if isASCII { return SourceText.isASCIILetterOrDigit(UInt8(value)) }
        return hasLetterOrDigitProperties
    }

    /// Kept out of line: the properties' types have a size known only at run time, and a
    /// function that inlined this would look their metadata up on every call, before its work.
    @inline(never)
    var hasLetterOrDigitProperties: Bool {
        properties.isAlphabetic || properties.numericType == .decimal
    }
}
