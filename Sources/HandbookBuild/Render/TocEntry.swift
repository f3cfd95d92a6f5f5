import Mustache

/// An entry of `toc`: an `h2` heading (`id`, `text`) with its `h3` headings as `children`; the
/// `h3` entries have no `children` of their own.
struct TocEntry: Sendable, TemplateValueParent {
    var id: String
    var text: String
    var children: [TocEntry]?

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "id": .text(id)
        case "text": .text(text)
        case "children": children.map { .list($0) }
        default: nil
        }
    }
}
