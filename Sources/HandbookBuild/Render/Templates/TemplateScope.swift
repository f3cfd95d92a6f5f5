import Mustache

/// A value on `TemplateRenderer`'s stack, with how names are looked up in it worked out once, when
/// it is pushed, rather than on every lookup that passes through it.
struct TemplateScope {
    private enum Kind {
        /// Answers lookups itself: the build's values.
        case parent(any MustacheParent)
        /// A `String`, `Int` or `Bool`: reflection finds nothing in them.
        case childless
        /// Anything else is read as swift-mustache reads it (see `TemplateLookup`).
        case other
    }

    let value: Any
    private let kind: Kind

    init(_ value: Any) {
        self.value = value
        if TemplateLookup.isPlainScalar(value) {
            kind = .childless
        } else if value is MustacheCustomRepresentation {
            kind = .other
        } else if let parent = value as? MustacheParent {
            kind = .parent(parent)
        } else {
            kind = .other
        }
    }

    func child(named name: String) -> Any? {
        switch kind {
        case .parent(let parent): parent.child(named: name)
        case .childless: nil
        case .other: TemplateLookup.child(named: name, of: value)
        }
    }
}
