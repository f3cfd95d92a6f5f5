import Mustache

/// An entry of `toc`: an `h2` heading (`id`, `text`) with its `h3` headings as `children`; the
/// `h3` entries have no `children` of their own.
struct TocEntry: Sendable, TemplateParent {
    var id: String
    var text: String
    var children: [TocEntry]?

    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "text": text
        case "children": children
        default: nil
        }
    }
}
