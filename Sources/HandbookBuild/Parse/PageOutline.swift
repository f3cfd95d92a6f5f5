import HandbookMarkdown

/// What the site's index needs of a page's body: its headings with their ids, and every anchor a
/// link may point at.
///
/// A full build learns it when it parses the page to link it (`PageParser.parseForLinking`), not
/// when it reads the page's front matter: the Markdown parse is serialised, and one parse per
/// page is enough. Until then, links to the page cannot check their fragments (see
/// `PendingAnchorCheck`).
public struct PageOutline: Sendable, Equatable {
    /// Every heading, all levels, in document order.
    public let headings: [MarkdownHeading]
    /// Ids of the headings, in document order.
    public let headingIDs: [String]
    /// Every id a link may point at on the page.
    public let anchors: Set<String>

    /// - Parameter footnoteIDs: the ids the page's footnotes render.
    init(headings: [MarkdownHeading], footnoteIDs: Set<String>) {
        self.headings = headings
        var slugger = GitHubSlugger(expectedCount: headings.count)
        let ids = headings.map { slugger.slug($0.text) }
        self.headingIDs = ids
        // One set, made large enough at once.
        var anchors = Set<String>(minimumCapacity: ids.count + footnoteIDs.count + TemplateAnchors.all.count)
        anchors.formUnion(ids)
        anchors.formUnion(footnoteIDs)
        anchors.formUnion(TemplateAnchors.all)
        self.anchors = anchors
    }
}
