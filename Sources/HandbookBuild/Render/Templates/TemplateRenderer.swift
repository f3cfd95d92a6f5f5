import Mustache

/// Renders compiled templates with swift-mustache's semantics, into one string:
///
/// - A name's first segment is looked up from the innermost value outwards; the first value that
///   has it (gives non-nil) is the only one asked for the later segments. An empty name (`.`) is
///   the innermost value; a name starting with "." is looked up in the innermost value only.
/// - A section renders once per element of a `MustacheSequence` (none when empty), once for
///   `true`, never for `false`, nil or a `MustacheCustomRenderable` that `isNull`, and otherwise
///   once with the value pushed; an inverted section renders exactly when a section would not
///   (an empty sequence is pushed, as swift-mustache does).
/// - A partial rendered by a standalone tag indents its lines by the tag's indentation: when a
///   node renders something and what its template has rendered so far ends with "\n" (not
///   "\r\n"), the indentation goes before it. Each rendering of a template (a partial, a
///   section, each item of a section) starts its own "so far".
///
/// What it does not render (lambdas, templates as values) throws `Unsupported`, and the caller
/// renders the whole template with swift-mustache instead.
struct TemplateRenderer {
    struct Unsupported: Error {}

    private let templates: [String: CompiledTemplate]
    private var scopes: [TemplateScope]
    /// Every partial's standalone indentation, outermost first; "" outside indented partials.
    private var indentation = ""

    /// - Parameter templates: the templates partials are found in; a partial not there renders
    ///   nothing, as in swift-mustache.
    init(templates: [String: CompiledTemplate], root: Any) {
        self.templates = templates
        self.scopes = [TemplateScope(root)]
    }

    // The nodes are read in place, through the array's buffer, and `render(_ node:)` borrows each:
    // `for node in nodes` (or `nodes[index]`) copied each node out of the array, retaining its
    // payload, then released it. The templates are shared by every thread rendering pages, so
    // those were contended atomic operations, the largest part of the renderer's time.
    mutating func render(_ nodes: [TemplateNode], into output: inout String) throws {
        guard !indentation.isEmpty else {
            try nodes.withUnsafeBufferPointer { buffer in
                for index in buffer.indices { try render(buffer[index], into: &output) }
            }
            return
        }
        let start = output.utf8.count
        for index in nodes.indices {
            if case .text(let text) = nodes[index] {
                appendIndented(text, into: &output, after: start)
                continue
            }
            let atLineStart = Self.endsWithLineBreak(output, after: start)
            var rendered = ""
            try render(nodes[index], into: &rendered)
            guard !rendered.isEmpty else { continue }
            if atLineStart { output.append(indentation) }
            output.append(rendered)
        }
    }

    /// Text cut after each "\n", as swift-mustache cuts it (a piece ends at a line break, and
    /// "\r\n" is one), each piece indented when what was rendered before it ends a line.
    private func appendIndented(_ text: String, into output: inout String, after start: Int) {
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")).map { rest.utf8.index(after: $0) } ?? rest.endIndex
            if Self.endsWithLineBreak(output, after: start) { output.append(indentation) }
            output.append(contentsOf: rest[..<end])
            rest = rest[end...]
        }
    }

    /// Whether the text after `start` ends with a `Character` that is "\n" ("\r\n" is another).
    private static func endsWithLineBreak(_ text: String, after start: Int) -> Bool {
        let bytes = text.utf8
        guard bytes.count > start, bytes.last == UInt8(ascii: "\n") else { return false }
        guard bytes.count - 2 >= start else { return true }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }

    @inline(__always)
    private mutating func render(_ node: borrowing TemplateNode, into output: inout String) throws {
        switch node {
        case .text(let text):
            output.append(text)
        case .variable(let name, let escaped):
            guard let value = try lookUp(name) else { return }
            try append(value, escaped: escaped, to: &output)
        case .section(let name, let nodes):
            guard let value = try lookUp(name) else { return }
            try renderSection(value, nodes, into: &output)
        case .invertedSection(let name, let nodes):
            try renderInvertedSection(lookUp(name), nodes, into: &output)
        case .partial(let name, let partialIndentation):
            guard let template = templates[name] else { return }
            let outer = indentation
            if let partialIndentation { indentation += partialIndentation }
            try render(template.nodes, into: &output)
            indentation = outer
        }
    }

    private mutating func renderPushing(_ scope: TemplateScope, _ nodes: [TemplateNode], into output: inout String) throws {
        scopes.append(scope)
        try render(nodes, into: &output)
        scopes.removeLast()
    }

    private mutating func renderSection(_ value: TemplateValue, _ nodes: [TemplateNode], into output: inout String) throws {
        switch value {
        case .flag(let flag):
            if flag { try render(nodes, into: &output) }
        case .text, .number:
            try renderPushing(TemplateScope(value.anyValue), nodes, into: &output)
        case .parent(let parent):
            try renderPushing(TemplateScope(buildValue: parent), nodes, into: &output)
        case .list(let items):
            try renderItems(items, nodes, into: &output)
        case .other(let value):
            if let items = value as? any TemplateParentSequence { return try renderItems(items, nodes, into: &output) }
            if value is MustacheLambda { throw Unsupported() }
            if let sequence = value as? any MustacheSequence {
                try sequence.forEachTemplateItem { item in try renderPushing(TemplateScope(item), nodes, into: &output) }
            } else if let flag = value as? Bool {
                if flag { try render(nodes, into: &output) }
            } else if let renderable = value as? MustacheCustomRenderable, renderable.isNull {
                return
            } else {
                try renderPushing(TemplateScope(value), nodes, into: &output)
            }
        }
    }

    private mutating func renderItems(_ items: any TemplateParentSequence, _ nodes: [TemplateNode], into output: inout String) throws {
        for index in 0..<items.templateItemCount {
            try renderPushing(TemplateScope(item: index, of: items), nodes, into: &output)
        }
    }

    private mutating func renderInvertedSection(_ value: TemplateValue?, _ nodes: [TemplateNode], into output: inout String) throws {
        guard let value else { return try render(nodes, into: &output) }
        switch value {
        case .flag(let flag):
            if !flag { try render(nodes, into: &output) }
        case .text, .number, .parent:
            return
        case .list(let items):
            // swift-mustache pushes the empty list.
            if items.templateItemCount == 0 { try renderPushing(TemplateScope(items as Any), nodes, into: &output) }
        case .other(let value):
            if let sequence = value as? any MustacheSequence {
                if sequence.isEmptySequence { try renderPushing(TemplateScope(sequence), nodes, into: &output) }
            } else if let flag = value as? Bool {
                if !flag { try render(nodes, into: &output) }
            } else if let renderable = value as? MustacheCustomRenderable, renderable.isNull {
                try render(nodes, into: &output)
            }
        }
    }

    private func append(_ value: TemplateValue, escaped: Bool, to output: inout String) throws {
        let text: String
        switch value {
        case .text(let string):
            text = string
        case .number(let number):
            return output.append(String(number))
        case .flag(let flag):
            return output.append(flag ? "true" : "false")
        case .parent, .list, .other:
            let value = value.anyValue
            if value is MustacheTemplate || value is MustacheLambda { throw Unsupported() }
            if let renderable = value as? MustacheCustomRenderable {
                text = renderable.renderText
            } else {
                text = TemplateLookup.describe(value)
            }
        }
        if escaped {
            HTMLEscaping.append(text, to: &output)
        } else {
            output.append(text)
        }
    }

    /// The value a name finds (see the type's comment), after its custom representation.
    private func lookUp(_ name: borrowing TemplateName) throws -> TemplateValue? {
        let found = try scopes.withUnsafeBufferPointer { scopes in try lookUp(name, in: scopes) }
        guard case .other(let value) = found else { return found }
        if let custom = value as? MustacheCustomRepresentation { return custom.representation.map(TemplateValue.init) }
        return found
    }

    /// The scopes are read in place (see `render(_:into:)`), not copied out of their array.
    private func lookUp(_ name: borrowing TemplateName, in scopes: UnsafeBufferPointer<TemplateScope>) throws -> TemplateValue? {
        let segments = name.segments
        if segments.isEmpty { return scopes[scopes.count - 1].value }
        if name.isAnchored {
            return try scopes[scopes.count - 1].child(named: segments[0]).flatMap { try descend(from: $0, through: segments) }
        }
        var index = scopes.count - 1
        while index >= 0 {
            if segments.count == 2, let shortcut = scopes[index].grandchild(named: segments[1], of: segments[0]) {
                return shortcut.value
            }
            if let child = scopes[index].child(named: segments[0]) {
                return try descend(from: child, through: segments)
            }
            index -= 1
        }
        return nil
    }

    /// The segments after the first, each looked up in the value the one before found (`value`
    /// is what the first found).
    private func descend(from value: TemplateValue, through segments: [String]) throws -> TemplateValue? {
        var value = value
        for segment in segments.dropFirst() {
            if case .parent(let parent) = value {
                guard let child = parent.templateValue(named: segment) else { return nil }
                value = child
                continue
            }
            let any = value.anyValue
            if any is MustacheLambda { throw Unsupported() }
            guard let child = TemplateLookup.child(named: segment, of: any) else { return nil }
            value = TemplateValue(child)
        }
        return value
    }
}
