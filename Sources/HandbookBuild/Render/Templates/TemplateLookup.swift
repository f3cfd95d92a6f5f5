import Mustache

/// swift-mustache's ways of reading values, for the values the compiled path has no shortcut for.
enum TemplateLookup {
    /// Whether the value is exactly a `String`, `Int` or `Bool` (not one wrapped in an Optional,
    /// which swift-mustache renders differently): the types the renderer handles without casts.
    static func isPlainScalar(_ value: Any) -> Bool {
        let type = ObjectIdentifier(Swift.type(of: value))
        return type == ObjectIdentifier(String.self) || type == ObjectIdentifier(Int.self)
            || type == ObjectIdentifier(Bool.self)
    }

    /// One name looked up in a value: its custom representation if it has one, then its own
    /// answer (`MustacheParent`), else a stored property of that name found by reflection.
    static func child(named name: String, of object: Any) -> Any? {
        let represented: Any? = if let custom = object as? MustacheCustomRepresentation { custom.representation } else { object }
        if let parent = represented as? MustacheParent { return parent.child(named: name) }
        guard let represented else { return nil }
        guard let match = Mirror(reflecting: represented).children.first(where: { $0.label == name }) else { return nil }
        // An optional property is unwrapped once, nil when it is empty.
        let mirror = Mirror(reflecting: match.value)
        guard mirror.displayStyle == .optional else { return match.value }
        return mirror.children.first?.value
    }

    /// The text of a value without a shortcut: an Optional (which `Any` can hold) is unwrapped
    /// once, as swift-mustache does; an empty one reads "nil".
    static func describe(_ value: Any) -> String {
        guard let optional = value as? OptionalValue else { return String(describing: value) }
        return String(describing: optional.templateWrapped ?? value)
    }
}
