/// An Optional of any type, for `TemplateLookup.describe`.
protocol OptionalValue {
    var templateWrapped: Any? { get }
}

extension Optional: OptionalValue {
    var templateWrapped: Any? { self }
}
