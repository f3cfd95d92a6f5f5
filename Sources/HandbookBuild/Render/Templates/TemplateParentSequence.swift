/// A list of the build's values (`[TocEntry]`, `[ReferenceItem]`, …), whose items a section reads
/// in place, by their index.
///
/// Why: a section over any other `MustacheSequence` reads each item as an `Any` (a box allocated
/// for most of the build's values, which are bigger than three words, and their strings retained),
/// and the scope then casts it back to a parent, for every item of every list on every page.
protocol TemplateParentSequence {
    var templateItemCount: Int { get }
    /// The child `name` of the item at `index`.
    func templateValue(named name: String, at index: Int) -> TemplateValue?
    /// The item at `index` as a value of its own (for `{{.}}`).
    func templateItem(at index: Int) -> any TemplateParent
}

extension Array: TemplateParentSequence where Element: TemplateParent {
    var templateItemCount: Int { count }

    func templateValue(named name: String, at index: Int) -> TemplateValue? {
        Element.templateValue(named: name, at: index, in: self)
    }

    func templateItem(at index: Int) -> any TemplateParent { self[index] }
}
