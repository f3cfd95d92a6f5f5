import Mustache

/// A term of the glossary page's list: `slug`, `term`, `aliases`, `hasAliases`, `definition`
/// (HTML), the pages that use it as `mentions` (`PageLink`s, at most `page_list_limit`),
/// `hasMentions`, `mentionsLeftOut` (how many more pages use it), and `mentionsHTML`, those links
/// rendered one by one through the `page-link` template, with the pages left out counted.
struct GlossaryItem: Sendable, TemplateValueParent {
    var slug: String
    var term: String
    var aliases: [String]
    var definition: String
    var mentions: RenderedLinks
    var mentionsLeftOut = 0

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "slug": .text(slug)
        case "term": .text(term)
        case "aliases": .text(aliases.joined(separator: ", "))
        case "hasAliases": .flag(!aliases.isEmpty)
        case "definition": .text(definition)
        case "mentions": .list(mentions.links)
        case "hasMentions": .flag(!mentions.links.isEmpty)
        case "mentionsHTML": .other(mentions)
        case "mentionsLeftOut": .number(mentionsLeftOut)
        default: nil
        }
    }
}
