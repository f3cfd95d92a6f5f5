import Mustache

/// A value on `TemplateRenderer`'s stack, with how names are looked up in it worked out once, when
/// it is pushed, rather than on every lookup that passes through it.
///
/// The value is kept once, in the case that says how to read it: a scope is copied as it is
/// pushed and popped, and one existential copies at half the cost of two.
struct TemplateScope {
    private enum Kind {
        /// The build's values, which answer lookups themselves and may read a dotted name at once.
        case buildValue(any TemplateParent)
        /// An item of a list of the build's values, read where it is in the list.
        case item(any TemplateParentSequence, Int)
        /// Other values that answer lookups themselves (a `[String: Any]`, say).
        case parent(any MustacheParent)
        /// A `String`, `Int` or `Bool`: reflection finds nothing in them.
        case childless(Any)
        /// Anything else is read as swift-mustache reads it (see `TemplateLookup`).
        case other(Any)
    }

    private let kind: Kind

    init(_ value: Any) {
        if TemplateLookup.isPlainScalar(value) {
            kind = .childless(value)
        } else if let buildValue = value as? any TemplateParent {
            // Before the custom representation check: a build value is never one (see `TemplateParent`).
            kind = .buildValue(buildValue)
        } else if value is MustacheCustomRepresentation {
            kind = .other(value)
        } else if let parent = value as? MustacheParent {
            kind = .parent(parent)
        } else {
            kind = .other(value)
        }
    }

    /// A build value, known to be one without a cast.
    init(buildValue: any TemplateParent) {
        kind = .buildValue(buildValue)
    }

    /// The item at `index` of a list of build values.
    init(item index: Int, of items: any TemplateParentSequence) {
        kind = .item(items, index)
    }

    /// The value pushed, for `{{.}}`.
    var value: TemplateValue {
        switch kind {
        case .buildValue(let buildValue): .parent(buildValue)
        case .item(let items, let index): .parent(items.templateItem(at: index))
        case .parent(let parent): TemplateValue(parent)
        case .childless(let value), .other(let value): TemplateValue(value)
        }
    }

    func child(named name: String) -> TemplateValue? {
        switch kind {
        case .buildValue(let buildValue): buildValue.templateValue(named: name)
        case .item(let items, let index): items.templateValue(named: name, at: index)
        case .parent(let parent): parent.child(named: name).map(TemplateValue.init)
        case .childless: nil
        case .other(let value): TemplateLookup.child(named: name, of: value).map(TemplateValue.init)
        }
    }

    /// A build value's shortcut for `name.grandchildName` (see `TemplateParent`); nil for other
    /// values, and for list items, none of which has one.
    func grandchild(named grandchildName: String, of name: String) -> TemplateGrandchild? {
        guard case .buildValue(let buildValue) = kind else { return nil }
        return buildValue.grandchild(named: grandchildName, of: name)
    }
}
