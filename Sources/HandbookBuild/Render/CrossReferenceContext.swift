import Foundation
import HandbookMarkdown
import HandbookModel

/// The template values for a page's References, the glossary's term list and the source list.
struct CrossReferenceContext {
    let site: ParsedSite
    let references: CrossReferences
    let links: PageLinks
    private let formatter = ReferenceFormatter()

    /// `references` (number, entry, locators) and `hasReferences`.
    func references(for page: ParsedPage) -> [String: Any] {
        let entries = references.citations[page.source]?.entries ?? []
        let items: [[String: Any]] = entries.compactMap { entry in
            guard let record = site.register.records[entry.key] else { return nil }
            let locators = entry.locators.map { $0.first?.isNumber == false && !$0.hasPrefix("p.") && !$0.hasPrefix("pp.") ? "“\($0)”" : $0 }
            return ["number": entry.number, "key": entry.key.rawValue, "entry": formatter.entry(for: record),
                    "locators": locators.joined(separator: "; "), "hasLocators": !locators.isEmpty]
        }
        return ["references": items, "hasReferences": !items.isEmpty]
    }

    /// `glossary`: every term with its definition and the pages that mention it.
    func glossary() -> [[String: Any]] {
        site.glossary.alphabetical.map { entry in
            let mentions = links.links(to: references.mentions[entry.term.slug] ?? [])
            return ["slug": entry.term.slug, "term": entry.term.term,
                    "aliases": entry.term.aliases.joined(separator: ", "), "hasAliases": !entry.term.aliases.isEmpty,
                    "definition": entry.definition.document.renderHTML(),
                    "mentions": mentions, "hasMentions": !mentions.isEmpty]
        }
    }

    /// `sources`: every record with its full entry, the editors' notes and the pages citing it.
    func sources() -> [[String: Any]] {
        site.register.records.values.sorted { Self.sortKey($0) < Self.sortKey($1) }.map { record in
            let citedBy = links.links(to: references.citedBy[record.key] ?? [])
            let notes = record.notes.trimmingCharacters(in: .whitespacesAndNewlines)
            return ["key": record.key.rawValue, "entry": formatter.entry(for: record),
                    "notes": notes.isEmpty ? "" : MarkdownRenderer.renderHTML(notes, options: MarkdownOptions()),
                    "hasNotes": !notes.isEmpty, "citedBy": citedBy, "hasCitedBy": !citedBy.isEmpty]
        }
    }

    private static func sortKey(_ record: SourceRecord) -> String {
        ((record.authors.first ?? record.organisation ?? record.title) + " " + record.title).lowercased()
    }
}

/// Title and URL of pages, for lists of links in templates.
struct PageLinks {
    let pages: [SitePath: ParsedPage]
    let basePath: String
    let order: [SitePath: Int]

    /// Links to the given pages in reading order; `isLast` marks the last, for separators.
    func links(to sources: Set<SitePath>) -> [[String: Any]] {
        let ordered = sources.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.compactMap { pages[$0] }
        return ordered.enumerated().map { index, page in
            ["title": page.frontMatter.title, "url": page.address.href(basePath: basePath),
             "isLast": index == ordered.count - 1]
        }
    }
}
