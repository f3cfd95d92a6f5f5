import Mustache

/// A section's elements, for `TemplateRenderer`, whatever the sequence's element type.
extension MustacheSequence {
    /// Calls `body` with each element, as the value a section's item pushes.
    func forEachTemplateItem(_ body: (Any) throws -> Void) rethrows {
        for element in self { try body(element) }
    }

    var isEmptySequence: Bool {
        var iterator = makeIterator()
        return iterator.next() == nil
    }
}
