@testable import HandbookBuild
import HandbookModel
import TestSupport
import Testing
import Yams

/// `YAMLMapping.parse` reads flat YAML itself (`FlatYAMLReader`) and leaves the rest to Yams:
/// both ways must give the same entries, values, tags and diagnostics.
@Suite struct FlatYAMLReaderTests {
    /// Everything a caller can learn from a parse: each entry, and what each field read gives.
    private func describe(_ yaml: String, flat: Bool, readingFields readCount: Int = .max) -> String {
        switch YAMLMapping.parse(yaml, file: "content/a.md", firstLine: 2, startLine: 1, readingFlatForm: flat) {
        case .failure(let diagnostic):
            return "failure \(diagnostic)"
        case .success(let mapping):
            var lines = mapping.entries.map { entry in
                let value = entry.value.scalar.map { "\($0.string.utf8.map { $0 }) \($0.style) \(entry.value.tag.rawValue)" }
                return "\(entry.key) \(entry.location) \(value ?? "\(entry.value)")"
            }
            for entry in mapping.entries.prefix(readCount) {
                var fields = mapping
                lines.append("text \(String(describing: fields.text(entry.key, required: true)))")
                lines.append("bool \(String(describing: fields.bool(entry.key)))")
                lines.append("date \(String(describing: fields.date(entry.key, required: true)))")
                lines.append("number \(String(describing: fields.number(entry.key)))")
                lines.append("list \(String(describing: fields.textList(entry.key)))")
                lines.append("year \(String(describing: fields.publicationDate(entry.key)))")
                lines += fields.diagnostics.map(\.description)
            }
            lines += mapping.unknownKeys(known: FrontMatterParser.knownKeys).map(\.description)
            return lines.joined(separator: "\n")
        }
    }

    private func expectSameAsYams(_ yaml: String, readingFields readCount: Int = .max) {
        #expect(describe(yaml, flat: true, readingFields: readCount) == describe(yaml, flat: false, readingFields: readCount),
                "\(yaml.debugDescription)")
    }

    @Test func readsTypicalFrontMatterItself() throws {
        let yaml = "title: \"Naps: small steps\"\ndescription: 'What to expect'\nreviewed: 2025-12-17\ndraft: no\nweight: 3\n"
        let fields = try #require(FlatYAMLReader.read(yaml, maximumFields: 10))
        #expect(fields.map(\.key) == ["title", "description", "reviewed", "draft", "weight"])
        #expect(fields.map(\.value.tag.rawValue) == [Yams.Tag.Name.str, .str, .timestamp, .bool, .int].map(\.rawValue))
        expectSameAsYams(yaml)
    }

    @Test func leavesWhatItDoesNotReadToYams() {
        for yaml in ["", "# only a comment\n", "title: \"a\\\"b\"\n", "title: 'it''s'\n", "title: a\n  b\n",
                     "title: x\ntitle: y\n", "yes: 1\n", "title:\n", "title: a: b\n", "title: a#b\n", "\u{FEFF}title: x\n",
                     "title: x\r\n", "title:\tx\n", "title: [a, b]\n", "- a\n", "title: &a x\n", "title: \u{2028}x\n"] {
            #expect(FlatYAMLReader.read(yaml, maximumFields: 10) == nil, "\(yaml.debugDescription)")
            expectSameAsYams(yaml)
        }
    }

    @Test func leavesMoreFieldsThanTheValueLimitAllowsToYams() {
        let fields = (YAMLExpansionCounter.limit - 1) / 2
        let within = (0..<fields).map { "k\($0): v\n" }.joined()
        #expect(FlatYAMLReader.read(within, maximumFields: fields)?.count == fields)
        expectSameAsYams(within, readingFields: 3)
        let over = within + "last: v\n"
        #expect(FlatYAMLReader.read(over, maximumFields: fields) == nil)
        let failure = describe(over, flat: true)
        #expect(failure.hasPrefix("failure content/a.md:\(2 + fields):") && failure.contains("the YAML holds more than"))
    }

    @Test func agreesWithYamsOnRandomFrontMatter() {
        var random = SeededGenerator(seed: 0xF2_0A7_7E2)
        var readFlat = 0
        let count = 4_000
        for _ in 0..<count {
            let yaml = RandomFrontMatter.yaml(using: &random)
            if FlatYAMLReader.read(yaml, maximumFields: 4_999) != nil { readFlat += 1 }
            expectSameAsYams(yaml)
        }
        // Both ways are exercised.
        #expect(readFlat > count / 4)
        #expect(readFlat < count * 3 / 4)
    }
}

/// Front matter of a few lines, most of them `key: value`, many written in ways that are not
/// flat YAML or not YAML at all.
enum RandomFrontMatter {
    static let keys = ["title", "description", "reviewed", "draft", "glossary", "aliases", "weight", "_x", "a-b",
                       "x1", "yes", "On", "null", "True", "1", "title ", "\"title\"", "'draft'", "ti tle", "k#", "é",
                       "-k", String(repeating: "k", count: 130)]
    static let separators = [": ", ": ", ": ", ":  ", ":", ":\t", " : ", ": \t"]
    /// Values as front matter usually holds them, and as flat YAML may.
    static let ordinaryValues = [
        "\"Naps: small steps\"", "\"What to expect, and how\"", "'single'", "\"\"", "''", "\" padded \"", "\"a # b\"",
        "2025-03-04", "2025-3-4", "2025-13-40", "2016", "yes", "no", "on", "Off", "True", "false", "FALSE", "tRUE",
        "null", "Null", "12", "0x1F", "0o17", "017", "019", "0b101", "1_000", "1.5", "1e3", "1.", "Sleep and naps",
        "Sleep  and naps", "a, b [c] {d}", "a - b", "a | b", "a \"b\" 'c'", "café au lait", "“curly” — dash", "x\u{00A0}y",
        "x\u{1F600}y", "naps # a comment",
    ]
    static let values = ordinaryValues + [
        "'it''s'", "\"a\\\"b\"", "\"a\\nb\"", "\"unclosed", "'unclosed", "\"x\"y", "\"a\\\\\"",
        "2025-03-04 10:00:00", "2025-03-04T10:00:00Z", "~", "", "-3", "+4", ".5", ".5e3", ".inf", "-.Inf", ".NaN",
        "1:30", "<<", "=", "a: b", "a:b", "a #b", "a#b", "x\u{0085}y", "x\u{2028}y", "x\u{FEFF}y", "x\u{7F}y",
        "[a, b]", "{a: 1}", "- a", "&anchor x", "*alias", "!tag x", "|", ">", "@at", "`tick`", "%pc", "?q", "? q",
        "-1", "- 1",
    ]
    static let trailers = ["", "", "", " ", "  ", " # note", "# note", "\t", " #", "  # note: x", "\"", " x"]
    static let otherLines = ["", "# comment", "#", " # indented comment", "  continued", "\tcontinued", "- item", "---",
                             "...", "%YAML 1.2", "? key", "[a, b]", "   ", "\t", "aliases:", "  - one", "  - \"two\"",
                             "nested:", "  inner: 1", "anchor: &a value", "again: *a", "k: v # c: d"]
    static let lineEnds = ["\n", "\n", "\n", "\n", "\n", "\n", "\n", "\r\n", "\r"]

    static func yaml(using random: inout SeededGenerator) -> String {
        let lineCount = Int.random(in: 1...7, using: &random)
        // Most documents use one line ending and are mostly plain lines, so that many are flat.
        let tricky = Int.random(in: 0..<3, using: &random) == 0
        let lineEnd = tricky ? lineEnds.randomElement(using: &random)! : "\n"
        var text = tricky && Bool.random(using: &random) ? "\u{FEFF}" : ""
        // Plain lines name different keys; tricky ones may repeat a key.
        let plainKeys = keys[..<9].shuffled(using: &random)
        for index in 0..<lineCount {
            if tricky && Int.random(in: 0..<4, using: &random) == 0 {
                text += otherLines.randomElement(using: &random)!
            } else {
                text += line(key: plainKeys[index], tricky: tricky, using: &random)
            }
            text += lineEnd
        }
        if Int.random(in: 0..<10, using: &random) == 0 { text.removeLast() }
        return text
    }

    private static func line(key: String, tricky: Bool, using random: inout SeededGenerator) -> String {
        guard tricky else {
            // Mostly ordinary values, so that many documents are flat.
            let value = (Int.random(in: 0..<5, using: &random) > 0 ? ordinaryValues : values).randomElement(using: &random)!
            return key + ": " + value
        }
        return keys.randomElement(using: &random)! + separators.randomElement(using: &random)!
            + values.randomElement(using: &random)! + trailers.randomElement(using: &random)!
    }
}
