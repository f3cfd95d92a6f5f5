import HandbookMarkdown
import HandbookModel

/// Links the first use of each glossary term on a page to its entry, with the short definition
/// beside the link for keyboard focus and tap. Only running text is linked: not headings,
/// table cells, existing links, image text or code.
public struct GlossaryLinker: Sendable {
    let matcher: TermMatcher
    /// Each term's markup before and after the linked text, built once rather than per link,
    /// by the term's place in the matcher's list (the glossary's alphabetical order).
    let markup: [TermMarkup]
    /// The terms' places in that list, by slug.
    let termNumbers: [String: Int]

    /// `<a …>` and `</a><span …>…</span>`: everything of a term's link but the matched text.
    struct TermMarkup {
        var opening: String
        var closing: String

        /// The link around `text`, built in one String.
        func link(around text: Substring) -> String {
            let escaped = HTMLText.escape(String(text))
            var html = ""
            html.reserveCapacity(opening.utf8.count + escaped.utf8.count + closing.utf8.count)
            html += opening
            html += escaped
            html += closing
            return html
        }
    }

    public init(glossary: Glossary, glossaryURL: String) {
        let terms = glossary.alphabetical.map(\.term)
        self.matcher = TermMatcher(terms.map { GlossaryTermPhrases(slug: $0.slug, phrases: $0.phrases) })
        self.markup = terms.map { Self.markup(for: $0, glossaryURL: glossaryURL) }
        self.termNumbers = Dictionary(terms.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Links terms in `source`; `alreadyLinked` are terms the page links to by hand, which
    /// count as their first use. Returns the slugs of every term now linked on the page.
    public func link(_ source: MarkdownSource, alreadyLinked: Set<String>) -> Set<String> {
        // The terms linked so far by number, so that a match is checked without hashing its slug.
        var isLinked = [Bool](repeating: false, count: markup.count)
        var newlyLinked: [Int] = []
        var unlinkedCount = markup.count
        for slug in alreadyLinked {
            guard let term = termNumbers[slug], !isLinked[term] else { continue }
            isLinked[term] = true
            unlinkedCount -= 1
        }
        source.document.editTexts { text in
            // Once every term is linked, no text can change.
            guard text.context == .running, unlinkedCount > 0 else { return nil }
            let matches = matcher.matches(in: text.text)
            guard matches.contains(where: { !isLinked[$0.term] }) else { return nil }
            var pieces: [InlinePiece] = []
            pieces.reserveCapacity(2 * matches.count + 1)
            var cursor = text.text.startIndex
            for match in matches where !isLinked[match.term] {
                isLinked[match.term] = true
                unlinkedCount -= 1
                newlyLinked.append(match.term)
                if cursor < match.range.lowerBound { pieces.append(.text(String(text.text[cursor..<match.range.lowerBound]))) }
                pieces.append(.html(markup[match.term].link(around: text.text[match.range])))
                cursor = match.range.upperBound
            }
            if cursor < text.text.endIndex { pieces.append(.text(String(text.text[cursor...]))) }
            return pieces
        }
        // The set is made once, at its full size, rather than grown (and rehashed) link by link.
        var linked = alreadyLinked
        linked.reserveCapacity(alreadyLinked.count + newlyLinked.count)
        for term in newlyLinked { linked.insert(matcher.slugs[term]) }
        return linked
    }

    /// `<a class="glossary-term" …>secure base</a><span class="glossary-tip" role="tooltip" …>…</span>`
    private static func markup(for term: GlossaryTerm, glossaryURL: String) -> TermMarkup {
        let tipID = "gt-" + term.slug
        return TermMarkup(
            opening: "<a class=\"glossary-term\" href=\"\(HTMLText.escape(glossaryURL))#\(HTMLText.escape(URLEncoding.encodeFragment(term.slug)))\" aria-describedby=\"\(HTMLText.escape(tipID))\">",
            closing: "</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"\(HTMLText.escape(tipID))\">" + HTMLText.escape(term.shortDefinition) + "</span>")
    }
}
