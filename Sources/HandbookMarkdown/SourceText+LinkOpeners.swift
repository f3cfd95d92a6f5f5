extension SourceText {
    /// Every place in `range` where a link described by `clue` could start, in order. Escaped
    /// characters and code spans that close within the range are skipped.
    func openers(for clue: LinkClue, in range: Range<Int>) -> [LinkOpener] {
        let autolinkText = clue.looksLikeAutolink ? Array(clue.text.utf8) : []
        let scanner = LinkSpanScanner(bytes: bytes, limit: range.upperBound)
        var openers: [LinkOpener] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "`") {
                offset = scanner.endOfCodeSpan(at: offset)
                continue
            }
            if let opener = opener(at: offset, byte: byte, in: range, clue: clue, autolinkText: autolinkText) {
                openers.append(opener)
            }
            offset += 1
        }
        return openers
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
        return Array(" \t\r\n*_~(".utf8).contains(bytes[offset - 1])
    }

    /// Whether the source text after `opener` reads like `text`: the first few letters and
    /// digits agree, skipping markup and entity references such as `&amp;`.
    func opener(_ opener: LinkOpener, startsText text: String) -> Bool {
        if opener.kind == .autolink { return true }
        let wanted = Array(text.unicodeScalars.filter(\.isLetterOrDigit).prefix(8))
        guard !wanted.isEmpty else { return true }
        let end = min(bytes.count, opener.textStart + 256)
        let following = String(decoding: bytes[opener.textStart..<end], as: UTF8.self)
        var found: [Unicode.Scalar] = []
        var scalars = following.unicodeScalars[...]
        while let scalar = scalars.first, found.count < wanted.count {
            if scalar == "&", let afterEntity = endOfEntity(in: scalars) {
                scalars = scalars[afterEntity...]
                continue
            }
            if scalar.isLetterOrDigit { found.append(scalar) }
            scalars = scalars.dropFirst()
        }
        return found == wanted
    }

    /// Just past `&name;` or `&#123;` at the start of `scalars`, if that is what starts there.
    private func endOfEntity(in scalars: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView.Index? {
        let body = scalars.dropFirst().prefix(32)
        guard let semicolon = body.firstIndex(of: ";"), semicolon > body.startIndex,
              body[..<semicolon].allSatisfy({ $0 == "#" || ($0.isASCII && $0.isLetterOrDigit) })
        else { return nil }
        return scalars.index(after: semicolon)
    }
}

private extension Unicode.Scalar {
    var isLetterOrDigit: Bool { properties.isAlphabetic || properties.numericType == .decimal }
}
