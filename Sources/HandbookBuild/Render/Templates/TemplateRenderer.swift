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

    // The nodes are visited by index and `render(_ node:)` is inlined into this loop: called with
    // `for node in nodes`, each node was copied whole out of the array (an outlined copy of the
    // enum, every payload retained, then released), where now only the payload a case reads is.
    mutating func render(_ nodes: [TemplateNode], into output: inout String) throws {
        guard !indentation.isEmpty else {
            for index in nodes.indices { try render(nodes[index], into: &output) }
            return
        }
        let start = output.utf8.count
        for index in nodes.indices {
            let atLineStart = Self.endsWithLineBreak(output, after: start)
            var rendered = ""
            try render(nodes[index], into: &rendered)
            guard !rendered.isEmpty else { continue }
            if atLineStart { output.append(indentation) }
            output.append(rendered)
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

    private mutating func renderPushing(_ value: Any, _ nodes: [TemplateNode], into output: inout String) throws {
        try renderPushing(TemplateScope(value), nodes, into: &output)
    }

    private mutating func renderPushing(_ scope: TemplateScope, _ nodes: [TemplateNode], into output: inout String) throws {
        scopes.append(scope)
        try render(nodes, into: &output)
        scopes.removeLast()
    }

    private mutating func renderSection(_ value: Any, _ nodes: [TemplateNode], into output: inout String) throws {
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(Bool.self):
            if value as! Bool { try render(nodes, into: &output) }
        case ObjectIdentifier(String.self), ObjectIdentifier(Int.self):
            try renderPushing(value, nodes, into: &output)
        default:
            if let items = value as? any TemplateParentSequence {
                try items.forEachTemplateParent { item in try renderPushing(TemplateScope(buildValue: item), nodes, into: &output) }
                return
            }
            if value is MustacheLambda { throw Unsupported() }
            if let sequence = value as? any MustacheSequence {
                try sequence.forEachTemplateItem { item in try renderPushing(item, nodes, into: &output) }
            } else if let flag = value as? Bool {
                if flag { try render(nodes, into: &output) }
            } else if let renderable = value as? MustacheCustomRenderable, renderable.isNull {
                return
            } else {
                try renderPushing(value, nodes, into: &output)
            }
        }
    }

    private mutating func renderInvertedSection(_ value: Any?, _ nodes: [TemplateNode], into output: inout String) throws {
        guard let value else { return try render(nodes, into: &output) }
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(Bool.self):
            if !(value as! Bool) { try render(nodes, into: &output) }
        case ObjectIdentifier(String.self), ObjectIdentifier(Int.self):
            return
        default:
            if let sequence = value as? any MustacheSequence {
                if sequence.isEmptySequence { try renderPushing(sequence, nodes, into: &output) }
            } else if let flag = value as? Bool {
                if !flag { try render(nodes, into: &output) }
            } else if let renderable = value as? MustacheCustomRenderable, renderable.isNull {
                try render(nodes, into: &output)
            }
        }
    }

    private func append(_ value: Any, escaped: Bool, to output: inout String) throws {
        let text: String
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self):
            text = value as! String
        case ObjectIdentifier(Int.self):
            return output.append(String(value as! Int))
        case ObjectIdentifier(Bool.self):
            return output.append(value as! Bool ? "true" : "false")
        default:
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
    private func lookUp(_ name: TemplateName) throws -> Any? {
        let segments = name.segments
        var found: Any?
        if segments.isEmpty {
            found = scopes[scopes.count - 1].value
        } else if name.isAnchored {
            found = try descend(from: scopes[scopes.count - 1].value, through: segments, startingAt: 0)
        } else {
            var index = scopes.count - 1
            while index >= 0 {
                if segments.count == 2, let shortcut = scopes[index].grandchild(named: segments[1], of: segments[0]) {
                    found = shortcut.value
                    break
                }
                if let child = scopes[index].child(named: segments[0]) {
                    found = segments.count == 1 ? child : try descend(from: child, through: segments, startingAt: 1)
                    break
                }
                index -= 1
            }
        }
        guard let found else { return nil }
        if TemplateLookup.isPlainScalar(found) { return found }
        if let custom = found as? MustacheCustomRepresentation { return custom.representation }
        return found
    }

    /// The later segments of a name, each looked up in the value the one before found.
    private func descend(from value: Any, through segments: [String], startingAt first: Int) throws -> Any? {
        var value = value
        for segment in segments[first...] {
            if value is MustacheLambda { throw Unsupported() }
            guard let child = TemplateLookup.child(named: segment, of: value) else { return nil }
            value = child
        }
        return value
    }
}
