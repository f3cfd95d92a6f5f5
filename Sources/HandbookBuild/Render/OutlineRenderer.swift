import Foundation
import Mustache

/// Renders a page's outline for `{{{outlineHTML}}}`: the `outline` template once per entry, not
/// recursively (an entry reads its children, already rendered, as `childrenHTML`), remembering
/// every closed entry it renders. Most of a page's outline is closed entries, which look the same
/// on every page, so only the branch of the current page is rendered for each page: the sidebar
/// was over half of the time spent in the templates.
///
/// An entry's rendering depends only on the entry, its children and the `site` values, which is
/// all the `outline` template sees here; the memo is keyed by exactly those. Each `TemplateSet`
/// has its own renderer, which serves one build's pages, rendered in parallel.
final class OutlineRenderer: @unchecked Sendable {
    /// The template rendered for each entry.
    static let templateName = "outline"

    private let library: MustacheLibrary
    private let lock = NSLock()
    /// Closed entries already rendered, by entry and by the `site` values they were rendered with.
    private var rendered: [Key: String] = [:]
    /// A number for each set of `site` values seen, so the memo's keys need not hash them.
    private var siteNumbers: [[String: String]: Int] = [:]

    private struct Key: Hashable {
        var site: Int
        var item: OutlineItem
    }

    init(library: MustacheLibrary) {
        self.library = library
    }

    /// The entries rendered one after the other, each with its shown children inside it.
    func html(for items: [OutlineItem], site: [String: String]) -> String {
        let number = lock.withLock {
            if let number = siteNumbers[site] { return number }
            siteNumbers[site] = siteNumbers.count
            return siteNumbers.count - 1
        }
        return html(for: items, site: (site, number))
    }

    private func html(for items: [OutlineItem], site: (values: [String: String], number: Int)) -> String {
        var html = ""
        for item in items {
            let key = item.isClosed ? Key(site: site.number, item: item) : nil
            if let key, let known = lock.withLock({ rendered[key] }) {
                html += known
                continue
            }
            let children = self.html(for: item.children, site: site)
            let text = library.render(Scope(item: item, childrenHTML: children, site: site.values),
                                      withTemplate: Self.templateName) ?? ""
            if let key { lock.withLock { rendered[key] = text } }
            html += text
        }
        return html
    }

    /// What the `outline` template reads when the build renders an entry: the entry's keys,
    /// `childrenHTML` and `site`.
    private struct Scope: MustacheParent {
        var item: OutlineItem
        var childrenHTML: String
        var site: [String: String]

        func child(named name: String) -> Any? {
            switch name {
            case "childrenHTML": childrenHTML
            case "site": site
            default: item.child(named: name)
            }
        }
    }
}

/// `outlineHTML`: the page's outline, rendered only when a template reads it (the print page's
/// chapters and many editors' templates never do).
struct RenderedOutline: MustacheCustomRenderable {
    let items: [OutlineItem]
    let site: [String: String]
    let renderer: OutlineRenderer

    var renderText: String { renderer.html(for: items, site: site) }
    var isNull: Bool { false }
}
