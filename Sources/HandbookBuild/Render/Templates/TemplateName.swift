/// A value's name in a tag, split on "." once, when the template is compiled.
struct TemplateName: Sendable, Equatable {
    /// The names looked up one inside the other; none for `.` (the current value).
    var segments: [String]
    /// A name that starts with "." is looked up in the current value only, not in the values
    /// around it.
    var isAnchored: Bool

    init(_ text: String) {
        segments = text.split(separator: ".").map(String.init)
        isAnchored = text.first == "."
    }
}
