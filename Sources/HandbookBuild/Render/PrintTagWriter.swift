/// One chapter's rewrite on its UTF-8 bytes (see `PrintChapterRewriter` for the rule): the
/// source is copied to `output` in stretches, and only the bytes that change are written one
/// by one. Every byte it looks for is ASCII, so a cut never falls inside a character.
///
/// Where the rule depends on more than ASCII (whether `²` is a digit, whether a name with an
/// accent is a letter run, where a link with an accent splits), the tag is done again by
/// `rewriteTagByCharacters`, which reads characters as the rule was first written.
struct PrintTagWriter {
    let source: UnsafeBufferPointer<UInt8>
    /// The same text as `source`, for the tags done by characters.
    let html: String
    let chapter: Int
    let rewriter: PrintChapterRewriter
    private let idPrefix: [UInt8]
    private var output: [UInt8] = []
    /// The source before this offset is in `output`, rewritten or as it is.
    private var copied = 0

    init(source: UnsafeBufferPointer<UInt8>, html: String, chapter: Int, rewriter: PrintChapterRewriter) {
        self.source = source
        self.html = html
        self.chapter = chapter
        self.rewriter = rewriter
        idPrefix = Array(PrintChapterRewriter.idPrefix(chapter).utf8)
    }

    mutating func rewrite() -> [UInt8] {
        output.reserveCapacity(source.count + source.count / 8)
        var index = 0
        while let open = source.firstIndex(of: UInt8(ascii: "<"), from: index, to: source.count) {
            guard let close = source.firstIndex(of: UInt8(ascii: ">"), from: open + 1, to: source.count) else { break }
            let (written, copiedBefore) = (output.count, copied)
            if !rewriteTag(open: open, close: close) {
                output.removeLast(output.count - written)
                copied = copiedBefore
                copy(upTo: open)
                let utf8 = html.utf8
                let tag = html[utf8.index(utf8.startIndex, offsetBy: open)..<utf8.index(utf8.startIndex, offsetBy: close + 1)]
                output.append(contentsOf: rewriter.rewriteTagByCharacters(tag, chapter: chapter).utf8)
                copied = close + 1
            }
            index = close + 1
        }
        copy(upTo: source.count)
        return output
    }

    private mutating func copy(upTo end: Int) {
        output.append(source, copied..<end)
        copied = end
    }

    /// The tag from `open` (`<`) to `close` (`>`); false when it needs reading by characters.
    private mutating func rewriteTag(open: Int, close: Int) -> Bool {
        guard demoteHeading(open: open, close: close) else { return false }
        var cursor = open
        var search = open + 1
        // `=` and `"` are looked for before `close`, which is the `>`.
        while let equals = source.firstIndex(of: UInt8(ascii: "="), from: search, to: close) {
            let valueStart = equals + 1
            guard source[valueStart] == UInt8(ascii: "\"") else {
                search = valueStart
                continue
            }
            let content = valueStart + 1
            guard let valueEnd = source.firstIndex(of: UInt8(ascii: "\""), from: content, to: close) else { break }
            guard let kind = attributeKind(before: equals, after: cursor),
                  rewriteValue(content..<valueEnd, kind: kind) else { return false }
            cursor = valueEnd
            search = valueEnd + 1
        }
        return true
    }

    /// The attribute whose name ends at `equals`: the run of letters and hyphens before it, not
    /// reaching back past `cursor` (the tag's `<` or the previous value's closing quote). Nil
    /// when the run meets a character outside ASCII.
    private func attributeKind(before equals: Int, after cursor: Int) -> AttributeKind? {
        var start = equals
        while start > cursor {
            let byte = source[start - 1]
            if byte >= 0x80 { return nil }
            guard byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z") || byte == UInt8(ascii: "-") else { break }
            start -= 1
        }
        return AttributeKind(asciiName: UnsafeBufferPointer(rebasing: source[start..<equals]))
    }

    /// Rewrites the value in `range` (inside its quotes); false when it needs reading by characters.
    private mutating func rewriteValue(_ range: Range<Int>, kind: AttributeKind) -> Bool {
        switch kind {
        case .other:
            return true
        case .id:
            guard !range.isEmpty else { return true }
            copy(upTo: range.lowerBound)
            output += idPrefix
            return true
        case .idList:
            guard !source.hasNonASCII(in: range) else { return false }
            copy(upTo: range.lowerBound)
            var first = true
            for token in source[range].split(separator: UInt8(ascii: " ")) {
                if !first { output.append(UInt8(ascii: " ")) }
                first = false
                output += idPrefix
                output.append(contentsOf: token)
            }
            copied = range.upperBound
            return true
        case .link:
            guard !source.hasNonASCII(in: range) else { return false }
            rewriteLink(range)
            return true
        }
    }

    /// `#x` → `#c7-x`; a link to a chapter's page → `#chapter-N`, or `#cN-x` with a fragment.
    private mutating func rewriteLink(_ range: Range<Int>) {
        if range.first.map({ source[$0] }) == UInt8(ascii: "#") {
            guard range.count > 1 else { return }
            copy(upTo: range.lowerBound + 1)
            output += idPrefix
            return
        }
        let hash = source.firstIndex(of: UInt8(ascii: "#"), from: range.lowerBound, to: range.upperBound) ?? range.upperBound
        guard let target = rewriter.chapterNumber(ofASCII: UnsafeBufferPointer(rebasing: source[range.lowerBound..<hash]))
        else { return }
        copy(upTo: range.lowerBound)
        output.append(UInt8(ascii: "#"))
        if hash + 1 >= range.upperBound {
            output += PrintChapterRewriter.chapterID(target).utf8
            copied = range.upperBound
        } else {
            output += PrintChapterRewriter.idPrefix(target).utf8
            copied = hash + 1
        }
    }

    /// `<h2` → `<h3` and `</h2` → `</h3`, for `h1` to `h5`, when a space or the `>` follows.
    /// False when a character outside ASCII stands where the digit or what follows it is.
    private mutating func demoteHeading(open: Int, close: Int) -> Bool {
        let name = open + (source[open + 1] == UInt8(ascii: "/") ? 2 : 1)
        guard name + 2 <= close, source[name] | 0x20 == UInt8(ascii: "h") else { return true }
        let digit = source[name + 1]
        if digit >= 0x80 { return false }
        guard (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(digit) else { return true }
        let next = source[name + 2]
        if next >= 0x80 { return false }
        // What `Character.isWhitespace` accepts in ASCII: tab to carriage return, and space.
        guard next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || (0x09...0x0D).contains(next) else { return true }
        copy(upTo: name)
        output.append(UInt8(ascii: "h"))
        output.append(digit + 1)
        copied = name + 2
        return true
    }
}
