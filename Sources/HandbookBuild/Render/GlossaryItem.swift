import Mustache

/// A term of the glossary page's list: `slug`, `term`, `aliases`, `hasAliases`, `definition`
/// (HTML), the pages that use it as `mentions` (`PageLink`s), `hasMentions`, and `mentionsHTML`,
/// those links rendered one by one through the `page-link` template.
struct GlossaryItem: Sendable, TemplateParent {
    var slug: String
    var term: String
    var aliases: [String]
    var definition: String
    var mentions: RenderedLinks

    func child(named name: String) -> Any? {
        switch name {
        case "slug": slug
        case "term": term
        case "aliases": aliases.joined(separator: ", ")
        case "hasAliases": !aliases.isEmpty
        case "definition": definition
        case "mentions": mentions.links
        case "hasMentions": !mentions.links.isEmpty
        case "mentionsHTML": mentions
        default: nil
        }
    }
}
