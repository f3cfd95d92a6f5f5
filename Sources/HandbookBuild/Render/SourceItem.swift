import Mustache

/// A record of the sources page's list: `key`, `entry` (HTML), `notes` (HTML), `hasNotes`, the
/// pages that cite it as `citedBy` (`PageLink`s, at most `page_list_limit`), `hasCitedBy`,
/// `citedByLeftOut` (how many more pages cite it), and `citedByHTML`, those links rendered one by
/// one through the `page-link` template, with the pages left out counted.
struct SourceItem: Sendable, TemplateValueParent {
    var key: String
    var entry: String
    var notes: String
    var citedBy: RenderedLinks
    var citedByLeftOut = 0

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "key": .text(key)
        case "entry": .text(entry)
        case "notes": .text(notes)
        case "hasNotes": .flag(!notes.isEmpty)
        case "citedBy": .list(citedBy.links)
        case "hasCitedBy": .flag(!citedBy.links.isEmpty)
        case "citedByHTML": .other(citedBy)
        case "citedByLeftOut": .number(citedByLeftOut)
        default: nil
        }
    }
}
