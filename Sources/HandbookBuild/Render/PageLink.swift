import Mustache

/// A link to a page (`title`, `url`): a breadcrumb, the previous or next page, or an entry of a
/// "Mentioned in" or "Cited on" list, where `isLast` marks the last, for separators.
struct PageLink: Hashable, Sendable, TemplateParent {
    var title: String
    var url: String
    /// Only in lists that mark their last link.
    var isLast: Bool?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "isLast": isLast
        default: nil
        }
    }
}
