import CCmarkGFM

/// Turns block quotes that start with a callout marker into `<div class="callout ..." role="note">`,
/// and wraps a myth callout followed at once by a fact callout in `<div class="myth-fact">`.
/// Any other block quote, `[!FOO]` included, is left alone. The nodes taken out (a callout's
/// quote and marker) are buried in `graveyard`.
enum CalloutRewriter {
    static func rewrite(_ root: CmarkNode, graveyard: CmarkNode) {
        var callouts: [(node: CmarkNode, kind: CalloutKind)] = []
        // Collect the quotes before changing anything: removing a marker takes out its nodes.
        let quotes = root.blocks.filter { $0.type == CMARK_NODE_BLOCK_QUOTE }
        for quote in quotes {
            guard let kind = removeMarker(from: quote, graveyard: graveyard) else { continue }
            let box = CmarkNode.customBlock(onEnter: kind.openingHTML, onExit: "</div>", like: quote)
            quote.insertBefore(sibling: box)
            quote.moveChildren(to: box)
            quote.bury(in: graveyard)
            callouts.append((box, kind))
        }
        let kinds = Dictionary(uniqueKeysWithValues: callouts.map { ($0.node, $0.kind) })
        for (node, kind) in callouts where kind == .myth {
            guard let next = node.next, kinds[next] == .fact else { continue }
            let pair = CmarkNode.customBlock(onEnter: "<div class=\"myth-fact\">", onExit: "</div>", like: node)
            node.insertBefore(sibling: pair)
            pair.append(node)
            pair.append(next)
        }
    }

    /// If the quote's first paragraph opens with a line holding only a known marker, removes
    /// that line (and the paragraph, if nothing else was in it) and returns the marker's kind.
    private static func removeMarker(from quote: CmarkNode, graveyard: CmarkNode) -> CalloutKind? {
        guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH else { return nil }
        var firstLine: [CmarkNode] = []
        var lineBreak: CmarkNode?
        for child in paragraph.children {
            if child.type == CMARK_NODE_SOFTBREAK || child.type == CMARK_NODE_LINEBREAK {
                lineBreak = child
                break
            }
            firstLine.append(child)
        }
        guard firstLine.allSatisfy({ $0.type == CMARK_NODE_TEXT }) else { return nil }
        let marker = firstLine.map(\.literal).joined()
        // A marker starts with `[!`: most quotes open with prose, which is not trimmed at its
        // end (character by character) to find that out.
        guard marker.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("[!"),
              let kind = CalloutKind(marker: marker.trimmingSpaces) else { return nil }
        for node in firstLine { node.bury(in: graveyard) }
        lineBreak?.bury(in: graveyard)
        if paragraph.firstChild == nil { paragraph.bury(in: graveyard) }
        return kind
    }
}

private extension String {
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var trimmed = drop(while: isSpace)
        while let last = trimmed.last, isSpace(last) { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
