import Foundation
import Mustache

/// The site's templates as the build renders them: with `TemplateRenderer` when the template and
/// every partial it reaches compiled (see `CompiledTemplate`), else with swift-mustache, which
/// parsed them all first and renders whatever the compiled path does not support.
struct TemplateLibrary: Sendable {
    let library: MustacheLibrary
    /// The templates that render entirely compiled: every partial they reach is here too, or is
    /// missing from the library altogether (and renders nothing, in either path).
    private let program: TemplateProgram
    /// The bytes of text in a template and the partials it reaches, by the template's number in
    /// `program`: room to reserve for what it renders.
    private let sizes: [Int]

    /// - Parameter texts: the templates' texts, by name; each parsed by swift-mustache into `library`.
    init(library: MustacheLibrary, texts: [String: String]) {
        self.library = library
        let candidates = texts.compactMapValues(CompiledTemplate.compile)
        var compiled: [String: CompiledTemplate] = [:]
        var sizes: [String: Int] = [:]
        for (name, template) in candidates {
            // Follows every partial this one reaches: all must have compiled (or be missing).
            var reached: Set<String> = [name]
            var pending = [template]
            var complete = true
            var size = 0
            while let next = pending.popLast() {
                size += next.textSize
                for partial in next.partialNames where !reached.contains(partial) {
                    reached.insert(partial)
                    if let found = candidates[partial] {
                        pending.append(found)
                    } else if library.getTemplate(named: partial) != nil {
                        complete = false
                    }
                }
            }
            if complete {
                compiled[name] = template
                sizes[name] = size
            }
        }
        let program = TemplateProgram(compiled)
        self.program = program
        self.sizes = sizes.sorted { program.number(of: $0.key)! < program.number(of: $1.key)! }.map(\.value)
    }

    /// Whether `render` renders the template compiled (unless a value needs swift-mustache).
    func isCompiled(_ name: String) -> Bool {
        program.number(of: name) != nil
    }

    /// Renders the named template, nil when there is no such template.
    func render(_ value: Any, withTemplate name: String, reserving extra: Int = 0) -> String? {
        renderCompiled(value, withTemplate: name, reserving: extra) ?? library.render(value, withTemplate: name)
    }

    /// The named template rendered as a file's bytes, nil when there is no such template; with
    /// where `body` was written whole in the bytes (see `BodyMarkingOutput`; nowhere when
    /// swift-mustache rendered the template, or `body` is empty).
    func renderData(_ value: Any, withTemplate name: String, reserving extra: Int = 0,
                    marking body: String = "") -> (data: Data, body: [Range<Int>])? {
        if let template = program.number(of: name) {
            let output = HTMLBytes(reserving: sizes[template] + extra)
            var marking = BodyMarkingOutput(output, body: body)
            if render(value, template: template, into: &marking) { return (output.data(), marking.bodyRanges) }
        }
        return library.render(value, withTemplate: name).map { (Data($0.utf8), []) }
    }

    /// `render`, with where `body` was written whole in the text's UTF-8 (see `renderData(_:withTemplate:reserving:marking:)`).
    func render(_ value: Any, withTemplate name: String, reserving extra: Int = 0,
                marking body: String) -> (text: String, body: [Range<Int>])? {
        renderCompiled(value, withTemplate: name, reserving: extra, marking: body)
            ?? library.render(value, withTemplate: name).map { ($0, []) }
    }

    /// The compiled rendering alone: nil when the template is not compiled or a value needs
    /// swift-mustache (a lambda, a template).
    func renderCompiled(_ value: Any, withTemplate name: String, reserving extra: Int = 0) -> String? {
        renderCompiled(value, withTemplate: name, reserving: extra, marking: "")?.text
    }

    /// The same, with where `body` was written whole in the text's UTF-8.
    private func renderCompiled(_ value: Any, withTemplate name: String, reserving extra: Int,
                                marking body: String) -> (text: String, body: [Range<Int>])? {
        guard let template = program.number(of: name) else { return nil }
        var output = ""
        // The text of the template and its partials: most of a page, and not much more than a
        // small fragment, which the outline's and the link lists' memos keep with its capacity.
        output.reserveCapacity(sizes[template] + extra)
        var marking = BodyMarkingOutput(output, body: body)
        // The wrapper holds the only reference to the text, which then grows in place.
        output = ""
        return render(value, template: template, into: &marking) ? (marking.base, marking.bodyRanges) : nil
    }

    /// Whether the template rendered compiled: false when a value needs swift-mustache.
    private func render<Output: TemplateOutput>(_ value: Any, template: Int, into output: inout Output) -> Bool {
        var renderer = TemplateRenderer(program: program, root: value)
        do {
            try renderer.render(template: template, into: &output)
            return true
        } catch {
            return false
        }
    }
}
