@testable import HandbookBuild
import Mustache
import TestSupport
import Testing

/// What the compiled path leaves to swift-mustache renders exactly as swift-mustache renders it,
/// and the compiled path's own escaping and shortcuts agree with swift-mustache's.
@Suite struct CompiledTemplateFallbackTests {
    static var values: [String: Any] { ["s": "Tom & <Jerry>", "items": ["a", "b"], "flag": true,
                                        "dyn": "part", "lambda": MustacheLambda { "[\($0)]" }] }

    /// Templates using what `CompiledTemplate` does not support, each with the partials it needs.
    static let unsupported: [[String: String]] = [
        ["main": "{{=<% %>=}}<% s %> {{s}}"],
        ["main": "{{<parent}}{{$title}}mine{{/title}}{{/parent}}", "parent": "<h1>{{$title}}theirs{{/title}}</h1>"],
        ["main": "a{{$block}}default {{s}}{{/block}}b"],
        ["main": "{{uppercased(s)}}|{{#reversed(items)}}{{.}}{{/reversed(items)}}"],
        ["main": "{{#items}}{{#first()}}first {{/first()}}{{.}}{{/items}}"],
        ["main": "{{%CONTENT_TYPE:TEXT}}{{s}}"],
        ["main": "{{>*dyn}}", "part": "partial {{s}}"],
        ["main": "uses {{> bad}}\n", "bad": "{{lowercased(s)}}"],
        ["main": "{{> middle}}", "middle": "  {{> bad}}", "bad": "{{%CONTENT_TYPE:TEXT}}{{s}}"],
    ]

    @Test(arguments: unsupported)
    func unsupportedTemplatesRenderThroughSwiftMustache(texts: [String: String]) throws {
        let parsed = try texts.mapValues { try MustacheTemplate(string: $0) }
        let library = MustacheLibrary(templates: parsed)
        let templates = TemplateLibrary(library: library, texts: texts)
        #expect(!templates.isCompiled("main"))
        #expect(templates.renderCompiled(Self.values, withTemplate: "main") == nil)
        let expected = library.render(Self.values, withTemplate: "main")
        #expect(expected?.isEmpty == false)
        #expect(templates.render(Self.values, withTemplate: "main") == expected)
    }

    /// Lambdas are found only when rendering: the whole template is then rendered by swift-mustache.
    @Test(arguments: ["{{s}} {{lambda}}", "{{#lambda}}x {{s}}{{/lambda}}", "{{#items}}{{lambda.x}}{{/items}}"])
    func lambdasRenderThroughSwiftMustache(text: String) throws {
        let library = MustacheLibrary(templates: ["main": try MustacheTemplate(string: text)])
        let templates = TemplateLibrary(library: library, texts: ["main": text])
        #expect(templates.isCompiled("main"))
        #expect(templates.renderCompiled(Self.values, withTemplate: "main") == nil)
        #expect(templates.render(Self.values, withTemplate: "main") == library.render(Self.values, withTemplate: "main"))
    }

    /// Text that swift-mustache escapes `Character` by `Character`: every escaped character,
    /// next to combining marks, prepended marks, emoji sequences, line breaks and other scripts.
    @Test func escapingMatchesSwiftMustache() throws {
        let pieces = ["&", "<", ">", "\"", "'", "a", "Z", " ", "\n", "\r\n", "\r", "é", "e\u{301}", "\u{301}", "\u{338}",
                      "\u{600}", "\u{200D}", "👶", "👍🏽", "🇫🇷", "保育園", "&amp;", "\u{FE0F}", "\u{0}", "ᄀ", "ᅡ", "\t", "=", "#"]
        let template = try MustacheTemplate(string: "{{s}}")
        var random = SeededGenerator(seed: 42)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(HTMLEscaping.escaped(text) == template.render(["s": text]), "\(text.unicodeScalars.map { $0.value })")
        }
        #expect(HTMLEscaping.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(HTMLEscaping.escaped("&\u{301}") == "&\u{301}", "a combining mark makes another Character")
    }

    /// `TemplateScope` finds nothing in a `String`, `Int` or `Bool` without asking reflection:
    /// reflection finds nothing in them either.
    @Test func plainScalarsHaveNoReflectedChildren() {
        for value: Any in ["text", 12, true] {
            #expect(Mirror(reflecting: value).children.isEmpty)
            #expect(TemplateLookup.isPlainScalar(value))
        }
        #expect(!TemplateLookup.isPlainScalar(Optional("text") as Any))
    }

    /// Values read by reflection, dictionaries, sets and Optionals held in `Any` read as in swift-mustache.
    @Test func lessCommonValuesReadAsInSwiftMustache() throws {
        let text = "{{r.s}} {{r.flag}} {{#r}}{{n}}{{/r}} {{#set}}{{.}}{{/set}} {{^empty}}[{{.}}]{{/empty}} {{boxed}} {{#boxed}}x{{/boxed}} {{some}} {{nested}} {{.missing}}{{d.k}}"
        let values: [String: Any] = ["r": TemplateFuzz.Record(s: "<s>", n: 3, flag: nil), "set": Set([1]), "empty": [Int](),
                                     "boxed": Optional<Int>.none as Any, "some": Optional(5) as Any,
                                     "nested": Optional(Optional(5)) as Any, "d": ["k": "v"]]
        let library = MustacheLibrary(templates: ["main": try MustacheTemplate(string: text)])
        let templates = TemplateLibrary(library: library, texts: ["main": text])
        let expected = library.render(values, withTemplate: "main")
        #expect(expected == "&lt;s&gt;  3 1 [[]] nil x 5 Optional(5) v")
        #expect(templates.renderCompiled(values, withTemplate: "main") == expected)
    }
}
