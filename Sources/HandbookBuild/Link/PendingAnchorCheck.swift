import HandbookModel

/// A link to `target.md#fragment` whose fragment could not be checked when the link was resolved:
/// the target page's body was not parsed yet, so its anchors were not known. A full build learns
/// a page's anchors only when it links the page, batch by batch, and links every page against
/// the index it started with (where no page has its anchors yet); once every page is linked, it
/// checks what is pending (`SiteState.checkPendingAnchors`) and reports it as the link stage
/// would have. An update links against pages whose anchors are all known: nothing is pending.
public struct PendingAnchorCheck: Sendable {
    /// The page the link points to, by its number among the pages of the `LinkTargetTable` the
    /// link was resolved with: a full build has tens of thousands of checks, and finds each
    /// page's outline by number rather than by hashing its path.
    var page: Int
    /// The page's path as the link spells it, for the message.
    public var target: SitePath
    /// The fragment to look for among the target's anchors; not empty.
    public var fragment: String
    /// The link's destination as written, unresolved if the fragment is not there.
    public var destination: String
    public var location: SourceLocation

    /// The broken anchor, if `fragment` is not among the anchors of `outline`, the target's.
    func problem(on outline: PageOutline) -> Diagnostic? {
        LinkResolver.anchorProblem(fragment, on: target, outline: outline, location: location)
    }
}
