import Mustache

/// `page`: the page's own values. The 404 page has no canonical URL, and only content pages have
/// `reviewed`, `reviewedText` and `content`; an absent value is one the templates do not find.
struct PageFacts: Sendable, TemplateValueParent {
    var title: String
    var description: String
    var url: String
    var canonicalURL: String?
    var reviewed: String?
    var reviewedText: String?
    var isHome: Bool
    /// The body as HTML.
    var content: String?

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "title": .text(title)
        case "description": .text(description)
        case "url": .text(url)
        case "canonicalURL": canonicalURL.map { .text($0) }
        case "reviewed": reviewed.map { .text($0) }
        case "reviewedText": reviewedText.map { .text($0) }
        case "isHome": .flag(isHome)
        case "content": content.map { .text($0) }
        default: nil
        }
    }
}
