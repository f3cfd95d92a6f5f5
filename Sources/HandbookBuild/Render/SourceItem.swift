import Mustache

/// A record of the sources page's list: `key`, `entry` (HTML), `notes` (HTML), `hasNotes`, the
/// pages that cite it as `citedBy` (`PageLink`s), `hasCitedBy`, and `citedByHTML`, those links
/// rendered one by one through the `page-link` template.
struct SourceItem: Sendable, TemplateParent {
    var key: String
    var entry: String
    var notes: String
    var citedBy: RenderedLinks

    func child(named name: String) -> Any? {
        switch name {
        case "key": key
        case "entry": entry
        case "notes": notes
        case "hasNotes": !notes.isEmpty
        case "citedBy": citedBy.links
        case "hasCitedBy": !citedBy.links.isEmpty
        case "citedByHTML": citedBy
        default: nil
        }
    }
}
