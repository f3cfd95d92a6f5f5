import Foundation
import HandbookMarkdown
import HandbookModel

/// The template values for a page's References, the glossary's term list and the source list.
struct CrossReferenceContext {
    let site: ParsedSite
    let references: CrossReferences
    let links: PageLinks
    private let formatter = ReferenceFormatter()
    /// Every source's full entry, formatted once rather than for every citation of it.
    private let formattedEntries: [CitationKey: String]

    init(site: ParsedSite, references: CrossReferences, links: PageLinks) {
        self.site = site
        self.references = references
        self.links = links
        self.formattedEntries = site.register.records.mapValues(formatter.entry(for:))
    }

    /// A page's References.
    func references(for page: ParsedPage) -> [ReferenceItem] {
        let entries = references.citations[page.source]?.entries ?? []
        return entries.compactMap { entry in
            guard let formatted = formattedEntries[entry.key] else { return nil }
            let locators = entry.locators.map { $0.first?.isNumber == false && !$0.hasPrefix("p.") && !$0.hasPrefix("pp.") ? "“\($0)”" : $0 }
            return ReferenceItem(number: entry.number, key: entry.key.rawValue, entry: formatted,
                                 locators: locators.joined(separator: "; "), hasLocators: !locators.isEmpty)
        }
    }

    /// `glossary`: every term with its definition and the pages that mention it.
    func glossary(renderer: LinkListRenderer, values: SiteValues) -> [GlossaryItem] {
        let links = links.table()
        return site.glossary.alphabetical.map { entry in
            let mentions = links.links(to: references.mentions[entry.term.slug] ?? [])
            return GlossaryItem(slug: entry.term.slug, term: entry.term.term, aliases: entry.term.aliases,
                                definition: entry.definition.document.renderHTML(),
                                mentions: RenderedLinks(links: mentions.links, numbers: mentions.numbers,
                                                        site: values, renderer: renderer))
        }
    }

    /// `sources`: every record with its full entry, the editors' notes and the pages citing it.
    func sources(renderer: LinkListRenderer, values: SiteValues) -> [SourceItem] {
        let links = links.table()
        return site.register.records.values.sorted { Self.sortKey($0) < Self.sortKey($1) }.map { record in
            let notes = record.notes.trimmingCharacters(in: .whitespacesAndNewlines)
            let citedBy = links.links(to: references.citedBy[record.key] ?? [])
            return SourceItem(key: record.key.rawValue, entry: formattedEntries[record.key] ?? formatter.entry(for: record),
                              notes: notes.isEmpty ? "" : MarkdownRenderer.renderHTML(notes, options: MarkdownOptions()),
                              citedBy: RenderedLinks(links: citedBy.links, numbers: citedBy.numbers,
                                                     site: values, renderer: renderer))
        }
    }

    private static func sortKey(_ record: SourceRecord) -> String {
        ((record.authors.first ?? record.organisation ?? record.title) + " " + record.title).lowercased()
    }
}
