@testable import HandbookBuild
import Mustache
import TestSupport

/// Random templates from the grammar the compiled path supports, and random values for them, for
/// comparing `TemplateRenderer` with swift-mustache (see `CompiledTemplateFuzzTests`).
struct TemplateFuzz {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func pick<T>(_ choices: [T]) -> T { choices.randomElement(using: &random)! }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    // MARK: Templates

    static let names = ["a", "b", "s", "n", "flag", "items", "obj", "list", "x", "missing", "obj.s", "obj.items",
                        "obj.obj.s", "a.b", "missing.s", "s.x", "items.s", ".", ".s", ".obj.flag", "nothing", "obj.flag"]
    static let texts = ["x", "Hello", " ", "  ", "\t", "\n", "\n", "\r\n", "é", "a & b", "<p>", "\"q\"", "'", "}",
                        "日本", "e\u{301}", " \t ", "\n\n", "text "]
    static let lineBreaks = ["\n", "\n", "\r\n"]
    static let indents = ["", "", " ", "  ", "\t", " \t"]

    /// A template of a few elements; sections nest up to three deep, partials name `p1`, `p2`
    /// (when `partials`) and `absent` (no such template).
    mutating func template(depth: Int = 0, partials: Set<String>) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            text += element(depth: depth, partials: partials)
        }
        return text
    }

    private mutating func element(depth: Int, partials: Set<String>) -> String {
        switch Int.random(in: 0..<12, using: &random) {
        case 0, 1, 2: return pick(Self.texts)
        case 3, 4: return variable()
        case 5, 6, 7:
            guard depth < 3 else { return variable() }
            return section(depth: depth, partials: partials)
        case 8: return onOwnLine(pick(["{{! note }}", "{{!}}", "{{! a\nmulti-line {{ comment }}", "{{!x}}"]))
        case 9:
            guard let name = partials.isEmpty ? nil : pick(Array(partials).sorted() + ["absent"]) else { return variable() }
            let tag = pick(["{{> \(name)}}", "{{>\(name)}}", "{{>  \(name) }}"])
            return chance(60) ? onOwnLine(tag) : tag
        default: return pick(Self.lineBreaks) + pick(Self.indents)
        }
    }

    private mutating func variable() -> String {
        let name = pick(Self.names)
        let space = chance(20) ? " " : ""
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return "{{{\(space)\(name)\(space)}}}"
        case 1: return "{{&\(space)\(name)}}"
        default: return "{{\(space)\(name)\(space)}}"
        }
    }

    private mutating func section(depth: Int, partials: Set<String>) -> String {
        let name = pick(Self.names)
        let kind = chance(65) ? "#" : "^"
        let open = "{{\(kind)\(name)}}", close = "{{/\(name)}}"
        let body = template(depth: depth + 1, partials: partials)
        let openTag = chance(55) ? onOwnLine(open) : open
        let closeTag = chance(55) ? onOwnLine(close) : close
        return openTag + body + closeTag
    }

    /// A tag alone on its line (maybe indented, maybe with trailing blanks), or nearly: sometimes
    /// with text after it, sometimes at the end of the text.
    private mutating func onOwnLine(_ tag: String) -> String {
        let before = chance(80) ? pick(Self.lineBreaks) : ""
        let after = pick(["", " ", "\t", " x"]) + (chance(85) ? pick(Self.lineBreaks) : "")
        return before + pick(Self.indents) + tag + after
    }

    // MARK: Values

    static let strings = ["plain", "Tom & Jerry", "<b>bold</b>", "\"quoted\" 'single'", "", "line\nbreak", "a\r\nb",
                          "Crèche 保育園 👶", "&\u{301} <\u{338} \u{600}>", "&amp;", "  spaced  ", "x\n", "\n"]

    /// An object with values for most names.
    mutating func object(depth: Int) -> Any {
        var fields: [String: Any] = [:]
        for name in ["a", "b", "s", "n", "flag", "items", "obj", "list", "x"] where chance(80) {
            fields[name] = value(depth: depth)
        }
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return fields
        case 1: return Record(s: pick(Self.strings), n: Int.random(in: -5...5, using: &random),
                                  flag: chance(50) ? chance(50) : nil)
        default: return Object(fields: fields)
        }
    }

    mutating func value(depth: Int) -> Any {
        switch Int.random(in: 0..<16, using: &random) {
        case 0, 1, 2: return pick(Self.strings)
        case 3, 4: return chance(50)
        case 5: return Int.random(in: -20...1000, using: &random)
        case 6: return Optional<String>.none as Any
        case 7: return Optional<String>.some(pick(Self.strings)) as Any
        case 8: return Renderable(text: pick(Self.strings), isNull: chance(40))
        case 9: return [String]()
        case 10: return (0..<Int.random(in: 0...3, using: &random)).map { _ in pick(Self.strings) }
        case 11: return chance(50) ? 0.5 : [true, false]
        default:
            guard depth < 2 else { return pick(Self.strings) }
            if chance(50) { return object(depth: depth + 1) }
            return (0..<Int.random(in: 0...3, using: &random)).map { _ in object(depth: depth + 1) }
        }
    }

    /// A value that answers lookups itself, as the build's values do.
    struct Object: MustacheParent {
        var fields: [String: Any]
        func child(named name: String) -> Any? { fields[name] }
    }

    /// A value read by reflection.
    struct Record {
        var s: String
        var n: Int
        var flag: Bool?
    }

    struct Renderable: MustacheCustomRenderable {
        var text: String
        var isNull: Bool
        var renderText: String { text }
    }
}
