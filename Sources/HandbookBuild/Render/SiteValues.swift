import Mustache

/// `site`: the values that are the same on every page. A value that answers the templates'
/// lookups itself (see `PageValues`), and `Hashable`: the outline's and the link lists' memos are
/// kept per set of `site` values.
struct SiteValues: Hashable, Sendable, TemplateParent {
    var title: String
    var language: String
    var basePath: String
    var baseURL: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "language": language
        case "basePath": basePath
        case "baseURL": baseURL
        default: nil
        }
    }
}
