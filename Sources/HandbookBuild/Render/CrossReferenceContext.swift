import Foundation
import HandbookMarkdown
import HandbookModel

/// The template values for a page's References, the glossary's term list and the source list.
struct CrossReferenceContext {
    let site: ParsedSite
    let references: CrossReferences
    let links: PageLinks
    /// The most pages a term's or a source's list shows (`page_list_limit`).
    let listLimit: Int
    /// The search page's URL, when the site has one: a term's cut list links to a search for it.
    let searchURL: String?
    private let formatter = ReferenceFormatter()
    /// Every source's full entry, formatted once rather than for every citation of it.
    private let formattedEntries: [CitationKey: String]
    /// Every page's link, made for the first of the glossary and the sources that needs it.
    private let linkTable = RenderedOnce<PageLinks.Table>()

    init(site: ParsedSite, references: CrossReferences, links: PageLinks, listLimit: Int = .max, searchURL: String? = nil) {
        self.site = site
        self.references = references
        self.links = links
        self.listLimit = listLimit
        self.searchURL = searchURL
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
        let links = linkTable.value { self.links.table() }
        return site.glossary.alphabetical.map { entry in
            let mentions = links.links(to: references.mentions[entry.term.slug] ?? [], limit: listLimit)
            let search = searchURL.map { $0 + "?q=" + URLEncoding.encodeQueryValue(entry.term.term) }
            return GlossaryItem(slug: entry.term.slug, term: entry.term.term, aliases: entry.term.aliases,
                                definition: entry.definition.document.renderHTML(),
                                mentions: RenderedLinks(links: mentions.links, numbers: mentions.numbers, site: values,
                                                        renderer: renderer,
                                                        more: Self.more(mentions.leftOut, term: entry.term.term, search: search)),
                                mentionsLeftOut: mentions.leftOut)
        }
    }

    /// `sources`: every record with its full entry, the editors' notes and the pages citing it.
    func sources(renderer: LinkListRenderer, values: SiteValues) -> [SourceItem] {
        let links = linkTable.value { self.links.table() }
        return site.register.records.values.sorted { Self.sortKey($0) < Self.sortKey($1) }.map { record in
            let notes = record.notes.trimmingCharacters(in: .whitespacesAndNewlines)
            let citedBy = links.links(to: references.citedBy[record.key] ?? [], limit: listLimit)
            return SourceItem(key: record.key.rawValue, entry: formattedEntries[record.key] ?? formatter.entry(for: record),
                              notes: notes.isEmpty ? "" : MarkdownRenderer.renderHTML(notes, options: MarkdownOptions()),
                              citedBy: RenderedLinks(links: citedBy.links, numbers: citedBy.numbers, site: values,
                                                     renderer: renderer, more: Self.more(citedBy.leftOut)),
                              citedByLeftOut: citedBy.leftOut)
        }
    }

    /// What follows the links of a list that left out `count` pages: `, and 2793 more pages`; for
    /// a term, a link to a search for it (which finds the pages that use it), worded to make sense
    /// on its own, as screen readers may list a page's links by themselves.
    static func more(_ count: Int, term: String? = nil, search: String? = nil) -> String {
        guard count > 0 else { return "" }
        let pages = count == 1 ? "1 more page" : "\(count) more pages"
        guard let term, let search else { return ", and " + pages }
        return ", and <a href=\"" + HTMLText.escape(search) + "\">" + pages + " using “" + HTMLText.escape(term) + "”</a>"
    }

    private static func sortKey(_ record: SourceRecord) -> String {
        ((record.authors.first ?? record.organisation ?? record.title) + " " + record.title).lowercased()
    }
}
