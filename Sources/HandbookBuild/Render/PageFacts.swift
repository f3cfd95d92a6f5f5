import Mustache

/// `page`: the page's own values. The 404 page has no canonical URL, and only content pages have
/// `reviewed`, `reviewedText` and `content`; an absent value is one the templates do not find.
struct PageFacts: Sendable, TemplateParent {
    var title: String
    var description: String
    var url: String
    var canonicalURL: String?
    var reviewed: String?
    var reviewedText: String?
    var isHome: Bool
    /// The body as HTML.
    var content: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "url": url
        case "canonicalURL": canonicalURL
        case "reviewed": reviewed
        case "reviewedText": reviewedText
        case "isHome": isHome
        case "content": content
        default: nil
        }
    }
}
