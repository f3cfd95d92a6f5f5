import Mustache

/// A link to a page (`title`, `url`): a breadcrumb, the previous or next page, or an entry of a
/// "Mentioned in" or "Cited on" list, where `isLast` marks the last, for separators.
struct PageLink: Hashable, Sendable, TemplateValueParent {
    var title: String
    var url: String
    /// Only in lists that mark their last link.
    var isLast: Bool?

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "url": .text(url)
        case "isLast": isLast.map { .flag($0) }
        default: nil
        }
    }
}
