import HandbookMarkdown
import HandbookModel

/// Links the first use of each glossary term on a page to its entry, with the short definition
/// beside the link for keyboard focus and tap. Only running text is linked: not headings,
/// table cells, existing links, image text or code.
public struct GlossaryLinker: Sendable {
    let glossary: Glossary
    let matcher: TermMatcher
    /// `/glossary/` under the base path.
    let glossaryURL: String
    /// Each term's markup before and after the linked text, built once rather than per link.
    let markupBySlug: [String: TermMarkup]

    /// `<a …>` and `</a><span …>…</span>`: everything of a term's link but the matched text.
    struct TermMarkup {
        var opening: String
        var closing: String
    }

    public init(glossary: Glossary, glossaryURL: String) {
        self.glossary = glossary
        self.matcher = TermMatcher(glossary.entries.values.map { GlossaryTermPhrases(slug: $0.term.slug, phrases: $0.term.phrases) })
        self.glossaryURL = glossaryURL
        self.markupBySlug = glossary.entries.mapValues { Self.markup(for: $0.term.slug, glossary: glossary, glossaryURL: glossaryURL) }
    }

    /// Links terms in `source`; `alreadyLinked` are terms the page links to by hand, which
    /// count as their first use. Returns the slugs of every term now linked on the page.
    public func link(_ source: MarkdownSource, alreadyLinked: Set<String>) -> Set<String> {
        var linked = alreadyLinked
        source.document.editTexts { text in
            guard text.context == .running else { return nil }
            let matches = matcher.matches(in: text.text)
            guard matches.contains(where: { !linked.contains($0.slug) }) else { return nil }
            var pieces: [InlinePiece] = []
            var cursor = text.text.startIndex
            for match in matches where !linked.contains(match.slug) {
                linked.insert(match.slug)
                if cursor < match.range.lowerBound { pieces.append(.text(String(text.text[cursor..<match.range.lowerBound]))) }
                pieces.append(.html(markup(for: match.slug, text: String(text.text[match.range]))))
                cursor = match.range.upperBound
            }
            if cursor < text.text.endIndex { pieces.append(.text(String(text.text[cursor...]))) }
            return pieces
        }
        return linked
    }

    /// `<a class="glossary-term" …>secure base</a><span class="glossary-tip" role="tooltip" …>…</span>`
    private func markup(for slug: String, text: String) -> String {
        let parts = markupBySlug[slug] ?? Self.markup(for: slug, glossary: glossary, glossaryURL: glossaryURL)
        return parts.opening + HTMLText.escape(text) + parts.closing
    }

    private static func markup(for slug: String, glossary: Glossary, glossaryURL: String) -> TermMarkup {
        let tipID = "gt-" + slug
        let short = glossary.entries[slug]?.term.shortDefinition ?? ""
        return TermMarkup(
            opening: "<a class=\"glossary-term\" href=\"\(HTMLText.escape(glossaryURL))#\(HTMLText.escape(URLEncoding.encodeFragment(slug)))\" aria-describedby=\"\(HTMLText.escape(tipID))\">",
            closing: "</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"\(HTMLText.escape(tipID))\">" + HTMLText.escape(short) + "</span>")
    }
}
