import Mustache

/// `site`: the values that are the same on every page. A value that answers the templates'
/// lookups itself (see `PageValues`), and `Hashable`: the outline's and the link lists' memos are
/// kept per set of `site` values.
struct SiteValues: Hashable, Sendable, TemplateValueParent {
    var title: String
    var language: String
    var basePath: String
    var baseURL: String

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "language": .text(language)
        case "basePath": .text(basePath)
        case "baseURL": .text(baseURL)
        default: nil
        }
    }
}
