/// A list of the build's values (`[TocEntry]`, `[ReferenceItem]`, …), whose items a section pushes
/// as what they are.
///
/// Why: a section over any other `MustacheSequence` reads each item as an `Any` (a box allocated
/// for most of the build's values, which are bigger than three words), and the scope then casts
/// it back to a parent, for every item of every list on every page.
protocol TemplateParentSequence {
    /// Calls `body` with each item, in order.
    func forEachTemplateParent(_ body: (any TemplateParent) throws -> Void) rethrows
}

extension Array: TemplateParentSequence where Element: TemplateParent {
    func forEachTemplateParent(_ body: (any TemplateParent) throws -> Void) rethrows {
        for element in self { try body(element) }
    }
}
