import Mustache

/// A value of the build's own that templates read (`PageValues`, `TocEntry`, …): a `MustacheParent`
/// for swift-mustache, and for `TemplateRenderer` one that gives what it holds as a
/// `TemplateValue` and may answer a whole dotted name at once.
///
/// Why the dotted names: the renderer reads `page.title` as `page`, then `title` in what that
/// found. The middle value is a struct put in an existential (its fields copied, retained, and a
/// box allocated when it is bigger than three words), only to give one `String`. A page makes
/// about thirty such lookups (`site.basePath`, `page.title`, …); a value that holds such children
/// reads them in place instead.
///
/// The renderer takes a `TemplateParent` for a parent before asking whether it is a
/// `MustacheCustomRepresentation`: a value of the build is never both.
protocol TemplateParent: MustacheParent {
    /// The child `name`, as `child(named:)` gives it to swift-mustache (nil when absent).
    func templateValue(named name: String) -> TemplateValue?

    /// What the two-segment name `name.grandchildName` finds in this value, when `name` is a child
    /// that is always present and is itself a `MustacheParent` (neither a lambda nor a custom
    /// representation), so that finding it stops the lookup here, whatever its own child gives.
    /// nil when this value has no such shortcut for `name`: the renderer then looks it up the
    /// usual way, one segment at a time.
    func grandchild(named grandchildName: String, of name: String) -> TemplateGrandchild?

    /// The child `name` of `items[index]` (see `TemplateParentSequence`).
    static func templateValue(named name: String, at index: Int, in items: [Self]) -> TemplateValue?
}

extension TemplateParent {
    /// Values that answer swift-mustache only (a print chapter's) are read through that answer.
    func templateValue(named name: String) -> TemplateValue? {
        child(named: name).map(TemplateValue.init)
    }

    /// Most of the build's values hold no child that is always present and a parent itself.
    func grandchild(named grandchildName: String, of name: String) -> TemplateGrandchild? { nil }

    /// The item is read where it is in the array, through its buffer. A requirement rather than
    /// code in the list's conformance: this one is made for each type of item, where the list's,
    /// generic over its items, copied each item out of the array (retaining its strings) to ask it.
    static func templateValue(named name: String, at index: Int, in items: [Self]) -> TemplateValue? {
        items.withUnsafeBufferPointer { $0[index].templateValue(named: name) }
    }
}

/// A build value that gives its children as `TemplateValue`s (one `switch` on the name), and
/// swift-mustache the same children from them. Such a value must have its own `templateValue`:
/// the default above would ask `child(named:)`, which asks `templateValue` again.
protocol TemplateValueParent: TemplateParent {
    func templateValue(named name: String) -> TemplateValue?
}

extension TemplateValueParent {
    func child(named name: String) -> Any? {
        templateValue(named: name)?.anyValue
    }
}
