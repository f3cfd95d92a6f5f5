import Mustache

/// Renders compiled templates with swift-mustache's semantics, into one output (a `String`, or a
/// page file's bytes):
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

    /// The templates, read in place (see `TemplateProgram`); held for as long as the renderer is.
    private let program: TemplateProgram
    private var scopes: [TemplateScope]
    /// Every partial's standalone indentation, outermost first; "" outside indented partials.
    private var indentation = ""

    /// - Parameter program: the templates partials are found in; a partial not there renders
    ///   nothing, as in swift-mustache.
    init(program: TemplateProgram, root: Any) {
        self.program = program
        self.scopes = [TemplateScope(root)]
    }

    /// Renders the template numbered `template` in the program.
    mutating func render<Output: TemplateOutput>(template: Int, into output: inout Output) throws {
        try render(program.templates[template], into: &output)
    }

    private mutating func render<Output: TemplateOutput>(_ nodes: Range<Int>, into output: inout Output) throws {
        let code = program.code
        guard !indentation.isEmpty else {
            for index in nodes { try render(code[index], into: &output) }
            return
        }
        let start = output.byteCount
        for index in nodes {
            if case .text(let text) = code[index] {
                appendIndented(program.texts[text], into: &output, after: start)
                continue
            }
            let atLineStart = output.endsWithLineBreak(after: start)
            var rendered = ""
            try render(code[index], into: &rendered)
            guard !rendered.isEmpty else { continue }
            if atLineStart { output.write(indentation) }
            output.write(rendered)
        }
    }

    /// Text cut after each "\n", as swift-mustache cuts it (a piece ends at a line break, and
    /// "\r\n" is one), each piece indented when what was rendered before it ends a line.
    private func appendIndented<Output: TemplateOutput>(_ text: String, into output: inout Output, after start: Int) {
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")).map { rest.utf8.index(after: $0) } ?? rest.endIndex
            if output.endsWithLineBreak(after: start) { output.write(indentation) }
            output.write(rest[..<end])
            rest = rest[end...]
        }
    }

    // Texts and names are read where they are in the program's buffers, without a copy.
    @inline(__always)
    private mutating func render<Output: TemplateOutput>(_ node: TemplateInstruction, into output: inout Output) throws {
        switch node {
        case .text(let text):
            output.write(text: text, of: program)
        case .variable(let name, let escaped):
            guard let value = try lookUp(name) else { return }
            try append(value, escaped: escaped, to: &output)
        case .section(let name, let nodes):
            guard let value = try lookUp(name) else { return }
            try renderSection(value, nodes, into: &output)
        case .invertedSection(let name, let nodes):
            try renderInvertedSection(lookUp(name), nodes, into: &output)
        case .partial(let template, let partialIndentation):
            guard let template else { return }
            let outer = indentation
            if let partialIndentation { indentation += program.texts[partialIndentation] }
            try render(program.templates[template], into: &output)
            indentation = outer
        }
    }

    private mutating func renderPushing<Output: TemplateOutput>(_ scope: TemplateScope, _ nodes: Range<Int>, into output: inout Output) throws {
        scopes.append(scope)
        try render(nodes, into: &output)
        scopes.removeLast()
    }

    private mutating func renderSection<Output: TemplateOutput>(_ value: TemplateValue, _ nodes: Range<Int>, into output: inout Output) throws {
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

    private mutating func renderItems<Output: TemplateOutput>(_ items: any TemplateParentSequence, _ nodes: Range<Int>, into output: inout Output) throws {
        for index in 0..<items.templateItemCount {
            try renderPushing(TemplateScope(item: index, of: items), nodes, into: &output)
        }
    }

    private mutating func renderInvertedSection<Output: TemplateOutput>(_ value: TemplateValue?, _ nodes: Range<Int>, into output: inout Output) throws {
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

    private func append<Output: TemplateOutput>(_ value: TemplateValue, escaped: Bool, to output: inout Output) throws {
        let text: String
        switch value {
        case .text(let string):
            text = string
        case .number(let number):
            return output.write(String(number))
        case .flag(let flag):
            return output.write(flag ? "true" : "false")
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
            output.write(text)
        }
    }

    /// The value a name finds (see the type's comment), after its custom representation.
    private func lookUp(_ name: Int) throws -> TemplateValue? {
        let found = try scopes.withUnsafeBufferPointer { scopes in try lookUp(program.names[name], in: scopes) }
        guard case .other(let value) = found else { return found }
        if let custom = value as? MustacheCustomRepresentation { return custom.representation.map(TemplateValue.init) }
        return found
    }

    /// The scopes are read in place (see `render(_:into:)`), not copied out of their array; the
    /// name's segments are read where they are in the program (short ones are held in the
    /// `String` itself, without a reference to copy).
    private func lookUp(_ name: TemplateProgram.Name, in scopes: UnsafeBufferPointer<TemplateScope>) throws -> TemplateValue? {
        let segments = name.segments
        if segments.isEmpty { return scopes[scopes.count - 1].value }
        let first = program.segments[segments.lowerBound]
        let rest = segments.dropFirst()
        if name.isAnchored {
            return try scopes[scopes.count - 1].child(named: first).flatMap { try descend(from: $0, through: rest) }
        }
        var index = scopes.count - 1
        while index >= 0 {
            if rest.count == 1, let shortcut = scopes[index].grandchild(named: program.segments[rest.lowerBound], of: first) {
                return shortcut.value
            }
            if let child = scopes[index].child(named: first) {
                return try descend(from: child, through: rest)
            }
            index -= 1
        }
        return nil
    }

    /// The segments after the first (`rest`, places in the program's `segments`), each looked up
    /// in the value the one before found (`value` is what the first found).
    private func descend(from value: TemplateValue, through rest: Range<Int>) throws -> TemplateValue? {
        var value = value
        for place in rest {
            let segment = program.segments[place]
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
