/// Finds where each link of a document starts in its source text.
///
/// cmark's inline columns are unreliable (wrong after a tab, on lazy continuation lines and
/// for `<...>` autolinks) and a link whose text wraps is reported on its last line, so the
/// locator re-scans the source: on the lines cmark suggests it looks for an opener (`[`, `![`,
/// `<`, or the bare text of an autolink) whose following text matches the link's text,
/// preferring the one at cmark's own column. Links must be located in document order; within
/// a line that is source order, and each located link moves that line's search past its
/// destination. Links inside a link (an image in a link's text) are searched for inside it.
struct LinkLocator {
    private let source: SourceText
    /// For each line (by 1-based number), the first byte offset where a later link may start;
    /// made with the first link located.
    private var cursors: [Int] = []
    /// For each located link (by index) written with brackets, the part of its text not yet
    /// searched.
    private var unsearchedText: [Range<Int>?] = []
    private var locatedCount: Int { unsearchedText.count }

    init(source: SourceText) {
        self.source = source
    }

    /// The kind and position of the next link of the document.
    mutating func locate(_ clue: LinkClue) -> (kind: MarkdownLink.Kind, position: MarkdownPosition) {
        let index = locatedCount
        unsearchedText.append(nil)
        guard let opener = findOpener(for: clue) else {
            let kind: MarkdownLink.Kind = clue.isImage ? .image : clue.looksLikeAutolink ? .autolink : .link
            return (kind, source.position(line: clue.line, byteColumn: clue.byteColumn))
        }
        // cmark's line is nearly always the opener's.
        let line = source.line(containing: opener.offset, near: clue.line)
        record(opener, onLine: line, at: index, for: clue)
        return (opener.kind, source.position(ofOffset: opener.offset, nearLine: line))
    }

    private func findOpener(for clue: LinkClue) -> LinkOpener? {
        let wanted = SourceText.leadingLettersAndDigits(of: clue.text)
        if let enclosing = clue.enclosingIndex, let range = unsearchedText[enclosing] {
            // The first opener whose text matches, or else the first opener.
            var first: LinkOpener?
            var matching: LinkOpener?
            source.forEachOpener(for: clue, in: range) { opener in
                first = first ?? opener
                if source.opener(opener, startsText: wanted) { matching = opener }
                return matching == nil
            }
            return matching ?? first
        }
        var firstFound: LinkOpener?
        // cmark's line is nearly always right: the other lines are listed only when it is not.
        let hasLine = clue.line >= 1 && clue.line <= source.lineCount
        if hasLine, let found = search(line: clue.line, for: clue, wanted: wanted, firstFound: &firstFound) { return found }
        for line in searchOrder(for: clue).dropFirst(hasLine ? 1 : 0) {
            if let found = search(line: line, for: clue, wanted: wanted, firstFound: &firstFound) { return found }
        }
        return firstFound
    }

    /// The opener on `line` whose text starts with `wanted`, the one at cmark's own column if
    /// that is one of them. `firstFound` becomes the line's first opener if it was nil.
    private func search(line: Int, for clue: LinkClue, wanted: [Unicode.Scalar], firstFound: inout LinkOpener?) -> LinkOpener? {
        let cmarkOffset = line == clue.line ? source.range(ofLine: line).lowerBound + clue.byteColumn - 1 : nil
        var isFirst = true
        var atCmarkOffset: LinkOpener?
        var firstMatching: LinkOpener?
        source.forEachOpener(for: clue, in: searchRange(ofLine: line)) { opener in
            if isFirst {
                firstFound = firstFound ?? opener
                isFirst = false
            }
            guard source.opener(opener, startsText: wanted) else { return true }
            if opener.offset == cmarkOffset {
                atCmarkOffset = opener
                return false
            }
            firstMatching = firstMatching ?? opener
            return cmarkOffset != nil
        }
        return atCmarkOffset ?? firstMatching
    }

    /// cmark's line first, then the line of the link's text, then the lines around them.
    private func searchOrder(for clue: LinkClue) -> [Int] {
        var lines: [Int] = []
        lines.reserveCapacity(14)
        func consider(_ line: Int) {
            if line >= 1, line <= source.lineCount, !lines.contains(line) { lines.append(line) }
        }
        consider(clue.line)
        if let textLine = clue.textLine { consider(textLine) }
        for distance in 1...3 {
            consider(clue.line + distance)
            consider(clue.line - distance)
            if let textLine = clue.textLine {
                consider(textLine + distance)
                consider(textLine - distance)
            }
        }
        return lines
    }

    private func searchRange(ofLine line: Int) -> Range<Int> {
        let range = source.range(ofLine: line)
        return max(range.lowerBound, cursors.isEmpty ? 0 : cursors[line])..<range.upperBound
    }

    /// Moves the search past the located link, and remembers its text for links inside it.
    private mutating func record(_ opener: LinkOpener, onLine firstLine: Int, at index: Int, for clue: LinkClue) {
        if let enclosing = clue.enclosingIndex, let range = unsearchedText[enclosing] {
            unsearchedText[enclosing] = min(opener.offset + 1, range.upperBound)..<range.upperBound
        }
        let end: Int
        switch opener.kind {
        case .autolink:
            end = opener.textStart + clue.text.utf8.count + (opener.length > 0 ? 1 : 0)
        case .link, .image:
            let bracket = opener.offset + opener.length - 1
            // Link text and destinations may wrap, but not for ever: ten lines at most.
            let limit = source.range(ofLine: min(firstLine + 10, source.lineCount)).upperBound
            let scanner = LinkSpanScanner(bytes: source.bytes, limit: limit)
            guard let close = scanner.closingBracket(from: bracket) else {
                end = opener.offset + 1
                break
            }
            unsearchedText[index] = opener.textStart..<close
            end = scanner.end(afterClosingBracket: close)
        }
        guard clue.enclosingIndex == nil else { return }
        let lastLine = source.line(containing: max(end - 1, opener.offset), near: firstLine)
        if cursors.isEmpty { cursors = Array(repeating: 0, count: source.lineCount + 1) }
        for line in firstLine...lastLine {
            let lineEnd = source.range(ofLine: line).upperBound
            cursors[line] = max(cursors[line], min(end, lineEnd))
        }
    }
}
