import Foundation
@testable import HandbookBuild
import Mustache
import Testing

/// Random templates of the supported grammar, with random values, render to the same bytes
/// compiled as in swift-mustache, the oracle.
@Suite struct CompiledTemplateFuzzTests {
    /// swift-mustache's library and the compiled one over the same texts; nil when swift-mustache
    /// does not parse one of them.
    static func libraries(_ texts: [String: String]) -> (MustacheLibrary, TemplateLibrary)? {
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in texts {
            guard let template = try? MustacheTemplate(string: text) else { return nil }
            parsed[name] = template
        }
        let library = MustacheLibrary(templates: parsed)
        return (library, TemplateLibrary(library: library, texts: texts))
    }

    @Test func randomTemplatesRenderAsInSwiftMustache() {
        var fuzz = TemplateFuzz(seed: 20_261_207)
        var compared = 0
        var failures: [String] = []
        for _ in 0..<2_600 where failures.count < 5 {
            let texts = ["main": fuzz.template(partials: ["p1", "p2"]),
                         "p1": fuzz.template(depth: 1, partials: ["p2"]),
                         "p2": fuzz.template(depth: 2, partials: [])]
            guard let (library, compiled) = Self.libraries(texts) else { continue }
            guard compiled.isCompiled("main") else {
                failures.append("not compiled: \(texts)")
                continue
            }
            for _ in 0..<2 {
                let root = fuzz.object(depth: 0)
                let expected = library.render(root, withTemplate: "main")
                let actual = compiled.renderCompiled(root, withTemplate: "main")
                compared += 1
                if actual != expected {
                    failures.append("templates \(texts.debugDescription)\nvalues \(root)\nexpected \(expected.debugDescription)\nactual   \(actual.debugDescription)")
                    break
                }
                if let actual, !Self.bytesMatch(actual, compiled, root) {
                    failures.append("as bytes: templates \(texts.debugDescription)\nvalues \(root)")
                    break
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
        #expect(compared >= 4_000, "most random templates parse")
    }

    /// Whitespace alone decides most of the differences: templates made mostly of standalone
    /// tags, indented partials and line breaks, with few values.
    @Test func standaloneLinesAndIndentedPartialsRenderAsInSwiftMustache() {
        var fuzz = TemplateFuzz(seed: 7)
        let pieces = ["{{! c }}", "{{> p1}}", "{{> p2}}", "{{s}}", "\n", "\r\n", "\n", " ", "  ", "\t", "x", "{{{s}}}"]
        var failures: [String] = []
        var compared = 0
        for _ in 0..<2_000 where failures.count < 5 {
            var texts: [String: String] = [:]
            // No partial reaches itself: p1 may use p2, p2 uses none.
            for (name, unused) in [("main", [String]()), ("p1", ["p1"]), ("p2", ["p1", "p2"])] {
                var text = ""
                var open: [String] = []
                for _ in 0..<Int.random(in: 0...14, using: &fuzz.random) {
                    switch Int.random(in: 0..<8, using: &fuzz.random) {
                    case 0:
                        let name = fuzz.pick(["flag", "items", "obj", "missing"])
                        text += "{{\(fuzz.pick(["#", "^"]))\(name)}}"
                        open.append(name)
                    case 1:
                        if let name = open.popLast() { text += "{{/\(name)}}" }
                    default:
                        text += fuzz.pick(pieces)
                    }
                }
                while let name = open.popLast() { text += fuzz.pick(["", "\n", "  "]) + "{{/\(name)}}" }
                for partial in unused {
                    text = text.replacingOccurrences(of: "{{> \(partial)}}", with: "{{! \(partial)}}")
                }
                texts[name] = text
            }
            guard let (library, compiled) = Self.libraries(texts), compiled.isCompiled("main") else { continue }
            let root = fuzz.object(depth: 0)
            compared += 1
            let expected = library.render(root, withTemplate: "main")
            let actual = compiled.renderCompiled(root, withTemplate: "main")
            if actual != expected {
                failures.append("templates \(texts.debugDescription)\nexpected \(expected.debugDescription)\nactual   \(actual.debugDescription)")
            }
            if let actual, !Self.bytesMatch(actual, compiled, root) { failures.append("as bytes: templates \(texts.debugDescription)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
        #expect(compared >= 500)
    }

    /// Corners of swift-mustache's tokenising the generators rarely reach.
    static let corners = [
        "a{{\nb{{s}}", "x\r{{#flag}}\u{2028}y{{/flag}}\u{85}z", "{{#flag}}\ny\n{{/flag}}   ", "{{#flag}}x{{/flag}}",
        "  {{> p1}}", "\t{{> p1}}\r\n{{> p1}}\n", "{{!a}}{{!b}}\n", "{{#\nflag\n}}x{{/flag}}", "e\u{301}{{s}} \u{301}", " \u{301}{{#flag}}\n{{/flag}}\n",
        "{{ s }}{{{ s }}}{{& s}}{{s.}}{{..}}{{}}", "{{#flag}}\n  {{/flag}}x", "{{^missing}}\n {{> p1}} \n{{/missing}}",
        "{{#items}}\n{{.}}\n{{/items}}{{#list}}\n  {{> p1}}\n{{/list}}", "{ {{s}} }", "{{#obj}}{{#obj}}{{s}}{{/obj}}{{/obj}}",
        "{{#flag}}\r\n{{/flag}}\r\n  {{! c }}\r\n", "\n\n  {{#flag}}  \n\n  {{/flag}}  \n",
    ]

    @Test(arguments: corners)
    func cornersRenderAsInSwiftMustache(text: String) {
        let texts = ["main": text, "p1": "one\n{{s}}\ntwo{{#flag}}\n{{/flag}}", "p2": ""]
        guard let (library, compiled) = Self.libraries(texts) else {
            Issue.record("swift-mustache does not parse \(text.debugDescription)")
            return
        }
        #expect(compiled.isCompiled("main"))
        var fuzz = TemplateFuzz(seed: 3)
        for _ in 0..<20 {
            let root = fuzz.object(depth: 0)
            let expected = library.render(root, withTemplate: "main")
            #expect(compiled.renderCompiled(root, withTemplate: "main") == expected)
            #expect(compiled.renderData(root, withTemplate: "main")?.data == expected.map { Data($0.utf8) })
        }
    }

    /// A page's file is rendered into bytes rather than a `String` (see `HTMLBytes`): the same
    /// bytes as the compiled rendering `rendered`.
    static func bytesMatch(_ rendered: String, _ compiled: TemplateLibrary, _ root: Any) -> Bool {
        compiled.renderData(root, withTemplate: "main")?.data == Data(rendered.utf8)
    }
}
