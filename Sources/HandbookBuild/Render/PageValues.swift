import Mustache

/// What a template reads when it renders a page (see the README's template reference).
///
/// Values that answer the templates' lookups themselves, with a `switch` on the name: swift-mustache
/// finds a name in them faster than in a `[String: Any]` (no hashing) and much faster than in a
/// struct it reads by reflection, and they cost less to make than dictionaries. A key a page does
/// not have (the 404 page has no `toc`, only the glossary page has `glossary`) is absent, as a
/// missing dictionary key was: the lookup goes on to the enclosing values.
struct PageValues: Sendable, TemplateValueParent {
    var site: SiteValues
    var page: PageFacts
    /// The outline's entries (`outline`), made from the page's place in the site's outline only
    /// when a template reads them (see `PageOutlineItems`).
    var outlineItems: PageOutlineItems
    /// Set by `TemplateSet.render`, which holds the renderer it needs.
    var outlineHTML: RenderedOutline?
    /// The keys only content pages have.
    var contents: Contents?
    var glossary: [GlossaryItem]?
    var hasGlossary: Bool?
    var sources: [SourceItem]?
    var hasSources: Bool?
    /// On the print page.
    var chapters: [PrintPageWriter.ChapterValues]?

    init(site: SiteValues, page: PageFacts, outline: [OutlineItem], contents: Contents? = nil) {
        self.init(site: site, page: page, outlineItems: .items(outline), contents: contents)
    }

    init(site: SiteValues, page: PageFacts, outlineItems: PageOutlineItems, contents: Contents? = nil) {
        self.site = site
        self.page = page
        self.outlineItems = outlineItems
        self.contents = contents
    }

    var outline: [OutlineItem] {
        get { outlineItems.items }
        set { outlineItems = .items(newValue) }
    }

    /// A content page's table of contents, place in the outline and References.
    struct Contents: Sendable {
        var toc: [TocEntry]
        var breadcrumbs: [PageLink]
        var previous: PageLink?
        var next: PageLink?
        var references: [ReferenceItem] = []

        /// A table of contents is shown from three entries on.
        var hasToc: Bool { toc.count + toc.reduce(0) { $0 + ($1.children?.count ?? 0) } >= 3 }
    }

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "site": .parent(site)
        case "page": .parent(page)
        case "outline": .list(outline)
        case "outlineHTML": outlineHTML.map { .other($0) }
        case "toc": contents.map { .list($0.toc) }
        case "hasToc": contents.map { .flag($0.hasToc) }
        case "breadcrumbs": contents.map { .list($0.breadcrumbs) }
        case "hasBreadcrumbs": contents.map { .flag(!$0.breadcrumbs.isEmpty) }
        case "previous": contents?.previous.map { .parent($0) }
        case "next": contents?.next.map { .parent($0) }
        case "references": contents.map { .list($0.references) }
        case "hasReferences": contents.map { .flag(!$0.references.isEmpty) }
        case "glossary": glossary.map { .list($0) }
        case "hasGlossary": hasGlossary.map { .flag($0) }
        case "sources": sources.map { .list($0) }
        case "hasSources": hasSources.map { .flag($0) }
        case "chapters": chapters.map { .list($0) }
        default: nil
        }
    }

    /// `site.…` and `page.…` read in place (see `TemplateParent`): both are always present.
    func grandchild(named grandchildName: String, of name: String) -> TemplateGrandchild? {
        switch name {
        case "site": TemplateGrandchild(value: site.templateValue(named: grandchildName))
        case "page": TemplateGrandchild(value: page.templateValue(named: grandchildName))
        default: nil
        }
    }
}
