import Mustache

/// A value of the build's own that templates read (`PageValues`, `TocEntry`, …): a `MustacheParent`
/// for swift-mustache, and for `TemplateRenderer` one that may answer a whole dotted name at once.
///
/// Why: the renderer reads `page.title` as `child(named: "page")`, then `title` in what that
/// found. The middle value is a struct put in an `Any` (its fields copied, retained, and a box
/// allocated when it is bigger than three words), then cast back to `MustacheParent`, only to give
/// one `String`. A page makes about thirty such lookups (`site.basePath`, `page.title`, …), which
/// were most of the compiled renderer's lookup time; a value that holds such children reads them
/// in place instead.
///
/// The renderer takes a `TemplateParent` for a parent before asking whether it is a
/// `MustacheCustomRepresentation`: a value of the build is never both.
protocol TemplateParent: MustacheParent {
    /// What the two-segment name `name.grandchildName` finds in this value, when `name` is a child
    /// that is always present and is itself a `MustacheParent` (neither a lambda nor a custom
    /// representation), so that finding it stops the lookup here, whatever its own child gives.
    /// nil when this value has no such shortcut for `name`: the renderer then looks it up the
    /// usual way, one segment at a time.
    func grandchild(named grandchildName: String, of name: String) -> TemplateGrandchild?
}

/// Most of the build's values hold no child that is always present and a parent itself.
extension TemplateParent {
    func grandchild(named grandchildName: String, of name: String) -> TemplateGrandchild? { nil }
}
