/// A library's compiled templates (see `CompiledTemplate`) laid out for `TemplateRenderer`: every
/// node of every template in one buffer, each section's and each template's nodes a contiguous
/// range of it, and the nodes' texts and names in buffers of their own, which nodes refer to by
/// their place (`TemplateInstruction`).
///
/// Why: the templates are shared by every thread rendering pages, and a node that held its text,
/// name or inner nodes retained and released them each time it was read, contended atomic
/// operations on the same few objects, about a tenth of the renderer's time. A partial is also
/// found by its place here rather than by hashing its name on every use.
///
/// The buffers are the program's own, allocated once and never changed (hence `Sendable`), so the
/// renderer reads them in place for as long as it holds the program.
final class TemplateProgram: @unchecked Sendable {
    let code: UnsafeMutableBufferPointer<TemplateInstruction>
    let texts: UnsafeMutableBufferPointer<String>
    /// The texts' UTF-8 bytes, one after the other, and where each is: written into a page's
    /// bytes from here, a text is not retained and released on every page.
    let textBytes: UnsafeMutableBufferPointer<UInt8>
    let textRanges: UnsafeMutableBufferPointer<Range<Int>>
    let names: UnsafeMutableBufferPointer<Name>
    /// The names' segments, one after the other.
    let segments: UnsafeMutableBufferPointer<String>
    /// Each template's nodes in `code`, by the template's number (see `number(of:)`).
    let templates: UnsafeMutableBufferPointer<Range<Int>>
    private let numbers: [String: Int]

    /// - Parameter templates: the templates that render compiled; a partial named by one of
    ///   them but not among them renders nothing (it is missing from the library too).
    init(_ templates: [String: CompiledTemplate]) {
        var builder = Builder()
        let names = templates.keys.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let ranges = names.map { builder.emit(templates[$0]!.nodes, templates: numbers) }
        self.numbers = numbers
        self.code = .allocate(capacity: builder.code.count)
        _ = self.code.initialize(from: builder.code)
        self.texts = .allocate(capacity: builder.texts.count)
        _ = self.texts.initialize(from: builder.texts)
        let bytes = builder.texts.flatMap(\.utf8)
        self.textBytes = .allocate(capacity: bytes.count)
        _ = self.textBytes.initialize(from: bytes)
        var start = 0
        self.textRanges = .allocate(capacity: builder.texts.count)
        _ = self.textRanges.initialize(from: builder.texts.map { text in
            defer { start += text.utf8.count }
            return start..<start + text.utf8.count
        })
        self.names = .allocate(capacity: builder.names.count)
        _ = self.names.initialize(from: builder.names)
        self.segments = .allocate(capacity: builder.segments.count)
        _ = self.segments.initialize(from: builder.segments)
        self.templates = .allocate(capacity: ranges.count)
        _ = self.templates.initialize(from: ranges)
    }

    deinit {
        code.deinitialize().deallocate()
        texts.deinitialize().deallocate()
        textBytes.deinitialize().deallocate()
        textRanges.deinitialize().deallocate()
        names.deinitialize().deallocate()
        segments.deinitialize().deallocate()
        templates.deinitialize().deallocate()
    }

    /// The UTF-8 bytes of the text numbered `text`, in place.
    func bytes(ofText text: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: textBytes[textRanges[text]])
    }

    /// The number of the template `name`, nil when it is not compiled.
    func number(of name: String) -> Int? {
        numbers[name]
    }

    /// A `TemplateName` with its segments given by their places in `segments`.
    struct Name {
        let segments: Range<Int>
        let isAnchored: Bool
    }

    private struct Builder {
        var code: [TemplateInstruction] = []
        var texts: [String] = []
        var names: [Name] = []
        var segments: [String] = []

        /// Lays out `nodes` as one range of `code`, the nodes of their sections after them.
        mutating func emit(_ nodes: [TemplateNode], templates: [String: Int]) -> Range<Int> {
            let start = code.count
            code.append(contentsOf: repeatElement(.text(0), count: nodes.count))
            for (offset, node) in nodes.enumerated() {
                code[start + offset] = instruction(for: node, templates: templates)
            }
            return start..<start + nodes.count
        }

        private mutating func instruction(for node: TemplateNode, templates: [String: Int]) -> TemplateInstruction {
            switch node {
            case .text(let text):
                return .text(add(text))
            case .variable(let name, let escaped):
                return .variable(add(name), escaped: escaped)
            case .section(let name, let inner):
                return .section(add(name), emit(inner, templates: templates))
            case .invertedSection(let name, let inner):
                return .invertedSection(add(name), emit(inner, templates: templates))
            case .partial(let name, let indentation):
                return .partial(templates[name], indentation: indentation.map { add($0) })
            }
        }

        private mutating func add(_ text: String) -> Int {
            texts.append(text)
            return texts.count - 1
        }

        private mutating func add(_ name: TemplateName) -> Int {
            names.append(Name(segments: segments.count..<segments.count + name.segments.count, isAnchored: name.isAnchored))
            segments += name.segments
            return names.count - 1
        }
    }
}

/// A node of a `TemplateProgram`: `TemplateNode` with its text, name and inner nodes given by
/// their places in the program, so that reading it copies no reference.
enum TemplateInstruction {
    case text(Int)
    case variable(Int, escaped: Bool)
    case section(Int, Range<Int>)
    case invertedSection(Int, Range<Int>)
    /// The partial's template number, nil when it is missing; the indentation's text.
    case partial(Int?, indentation: Int?)
}
