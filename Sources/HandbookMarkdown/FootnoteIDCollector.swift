import CCmarkGFM

/// Works out the `id` attributes cmark-gfm 0.29.0.gfm.6 writes for footnotes.
///
/// After parsing, the referenced definitions sit at the end of the document in the order they
/// are first referenced (unreferenced ones are dropped), and each reference's literal is its
/// definition's number. The renderer writes `id="fn-LABEL"` on a definition's `<li>`, and
/// `id="fnref-LABEL"` on its first reference, `fnref-LABEL-2` on the second, and so on, where
/// LABEL is the definition's label as written, escaped like a URL (see
/// `HTMLEscaping.cmarkHrefValue`).
///
/// This version of cmark does not hand out a definition's label (`cmark_node_get_literal`
/// returns NULL for it), so the label is read from the source: the definition's position is
/// where its text starts, just after `[^label]:`.
enum FootnoteIDCollector {
    /// The ids for a tree's footnote definitions and references, each in document order.
    static func ids(definitions: [CmarkNode], references: [CmarkNode], source: SourceText) -> Set<String> {
        let labels = definitions.map { definition in
            HTMLEscaping.cmarkHrefValue(
                source.footnoteLabel(before: definition.startLine, byteColumn: definition.startColumn) ?? "")
        }
        var ids = Set(labels.map { "fn-" + $0 })
        var referenceCounts: [Int: Int] = [:]
        for node in references {
            guard let number = Int(node.literal), labels.indices.contains(number - 1) else {
                continue
            }
            let count = referenceCounts[number, default: 0] + 1
            referenceCounts[number] = count
            ids.insert("fnref-" + labels[number - 1] + (count > 1 ? "-\(count)" : ""))
        }
        return ids
    }
}
