/// A value a name finds, as `TemplateRenderer` meets it: the build's own values in cases of their
/// own, anything else as an `Any`, read as swift-mustache reads it.
///
/// Why: in an `Any`, every value found was cast back to what it is (a string, a list of the
/// build's values) by dynamic casts and protocol conformance checks, a list's items each boxed
/// again for the scope that read them; a page makes a few hundred lookups.
enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    /// One of the build's values (`PageFacts`, `PageLink`, …).
    case parent(any TemplateParent)
    /// A list of the build's values (`[TocEntry]`, …), read item by item in place.
    case list(any TemplateParentSequence)
    /// Anything else (an Optional, a dictionary, a lambda, a custom renderable, …).
    case other(Any)

    /// A value of unknown type: exactly a `String`, `Int` or `Bool` (not one in an Optional,
    /// which swift-mustache renders differently) gets its own case, anything else is `other`.
    init(_ value: Any) {
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self): self = .text(value as! String)
        case ObjectIdentifier(Int.self): self = .number(value as! Int)
        case ObjectIdentifier(Bool.self): self = .flag(value as! Bool)
        default: self = .other(value)
        }
    }

    /// The value as swift-mustache reads it (an existential in an `Any` keeps its value's type).
    var anyValue: Any {
        switch self {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .parent(let parent): parent
        case .list(let list): list
        case .other(let value): value
        }
    }
}
