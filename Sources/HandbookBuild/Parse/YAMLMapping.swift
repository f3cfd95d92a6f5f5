import HandbookModel
import Yams

/// A YAML mapping with the position of each key, read field by field into typed values.
/// Each field read that fails records an error at the key's line; keys never read can be reported
/// as unknown.
struct YAMLMapping {
    struct Entry {
        var key: String
        var value: Node
        var location: SourceLocation
    }

    private(set) var entries: [Entry]
    /// Where the mapping starts, for errors about a key that is missing.
    let location: SourceLocation
    var diagnostics: [Diagnostic] = []

    /// Parses `yaml`, whose first line is line `firstLine` of `file`. A missing key is reported
    /// at `startLine` (the `---` that opens front matter, or the first line of a YAML file).
    /// `readingFlatForm` false composes every YAML with Yams, for tests to compare.
    static func parse(_ yaml: String, file: String, firstLine: Int, startLine: Int? = nil,
                      readingFlatForm: Bool = true) -> Result<YAMLMapping, Diagnostic> {
        let start = SourceLocation(file: file, line: startLine ?? firstLine, column: 1)
        // A mapping and its keys and values count against the limit on values.
        if readingFlatForm, let fields = FlatYAMLReader.read(yaml, maximumFields: (YAMLExpansionCounter.limit - 1) / 2) {
            let entries = fields.map { field in
                Entry(key: field.key, value: .scalar(field.value),
                      location: SourceLocation(file: file, line: firstLine + field.line, column: 1))
            }
            return .success(YAMLMapping(entries: entries, location: start))
        }
        if let excess = YAMLExpansionCounter.firstExcess(in: yaml) {
            return .failure(.error(.invalidYAML,
                                   at: SourceLocation(file: file, line: firstLine + excess.line, column: excess.column + 1),
                                   "the YAML holds more than \(YAMLExpansionCounter.limit) values (counting every use of an alias): shorten it"))
        }
        let node: Node?
        do {
            // The encoding is given, not left to `Parser.Encoding.default`, which reads the
            // process environment on every call (a cost that showed per page in profiles).
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            return .failure(YAMLMapping.diagnostic(for: error, file: file, firstLine: firstLine))
        } catch {
            return .failure(.error(.invalidYAML, at: start, "invalid YAML: \(error)"))
        }
        guard let node else { return .success(YAMLMapping(entries: [], location: start)) }
        guard let mapping = node.mapping else {
            return .failure(.error(.invalidYAML, at: locate(node.mark, file: file, firstLine: firstLine) ?? start,
                                   "expected a mapping of keys to values"))
        }
        var entries: [Entry] = []
        for (key, value) in mapping {
            let keyLocation = locate(key.mark, file: file, firstLine: firstLine) ?? start
            guard let name = key.scalar?.string else {
                return .failure(.error(.invalidYAML, at: keyLocation, "a key must be plain text"))
            }
            entries.append(Entry(key: name, value: value, location: keyLocation))
        }
        return .success(YAMLMapping(entries: entries, location: start))
    }

    private init(entries: [Entry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// Text: a string, or a number written where text is wanted. Not a list, mapping, boolean or null.
    mutating func text(_ key: String, required: Bool) -> String? {
        guard let entry = present(key, required: required, kind: "text") else { return nil }
        if let scalar = entry.value.scalar, [Tag.Name.str, .int, .float].contains(Self.tagName(entry.value)) {
            let value = Self.trimmingWhitespace(scalar.string)
            if value.isEmpty, required {
                diagnostics.append(.error(.missingKey, at: entry.location, "'\(key)' must not be empty"))
                return nil
            }
            return value
        }
        diagnostics.append(.error(.wrongType, at: entry.location,
                                  "'\(key)' must be text, not \(Self.describe(entry.value))"))
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let entry = present(key, required: false, kind: "true or false") else { return nil }
        if let value = entry.value.bool, Self.tagName(entry.value) == .bool { return value }
        diagnostics.append(.error(.wrongType, at: entry.location,
                                  "'\(key)' must be true or false, not \(Self.describe(entry.value))"))
        return nil
    }

    /// A day written `YYYY-MM-DD`.
    mutating func date(_ key: String, required: Bool) -> ReviewDate? {
        guard let entry = present(key, required: required, kind: "a date") else { return nil }
        if let scalar = entry.value.scalar, let date = ReviewDate(scalar.string) { return date }
        diagnostics.append(.error(.wrongType, at: entry.location,
                                  "'\(key)' must be a date written YYYY-MM-DD, not \(Self.describe(entry.value))"))
        return nil
    }

    /// A list of texts; a single text is taken as a list of one.
    mutating func textList(_ key: String) -> [String]? {
        guard let entry = present(key, required: false, kind: "a list") else { return nil }
        if entry.value.scalar != nil, let single = text(key, required: false) { return [single] }
        if let sequence = entry.value.sequence,
           sequence.allSatisfy({ $0.scalar != nil && Self.tagName($0) != .null }) {
            return sequence.map { Self.trimmingWhitespace($0.scalar!.string) }
        }
        diagnostics.append(.error(.wrongType, at: entry.location,
                                  "'\(key)' must be a list of texts, not \(Self.describe(entry.value))"))
        return nil
    }

    /// A number, whole or decimal.
    mutating func number(_ key: String) -> Double? {
        guard let entry = present(key, required: false, kind: "a number") else { return nil }
        if let scalar = entry.value.scalar, [Tag.Name.int, .float].contains(Self.tagName(entry.value)),
           let value = Double(scalar.string) { return value }
        diagnostics.append(.error(.wrongType, at: entry.location,
                                  "'\(key)' must be a number, not \(Self.describe(entry.value))"))
        return nil
    }

    /// A year (`2016`) or a day (`2016-05-01`).
    mutating func publicationDate(_ key: String) -> PublicationDate? {
        guard let entry = present(key, required: false, kind: "a year or a date") else { return nil }
        if let scalar = entry.value.scalar, let date = PublicationDate(scalar.string) { return date }
        diagnostics.append(.error(.wrongType, at: entry.location,
                                  "'\(key)' must be a year or a date written YYYY-MM-DD, not \(Self.describe(entry.value))"))
        return nil
    }

    /// Records an error at a key's line (or the mapping's start when it is absent).
    mutating func report(_ code: DiagnosticCode, at key: String, _ message: String) {
        diagnostics.append(.error(code, at: entry(key)?.location ?? location, message))
    }

    /// Warnings for every key not in `known`.
    func unknownKeys(known: Set<String>) -> [Diagnostic] {
        entries.filter { !known.contains($0.key) }.map { entry in
            let suggestion = NameSuggester(candidates: known).suggestion(for: entry.key)
            return .warning(.unknownKey, at: entry.location, "unknown key '\(entry.key)'", suggestion: suggestion)
        }
    }

    private mutating func present(_ key: String, required: Bool, kind: String) -> Entry? {
        guard let entry = entry(key), !(entry.value.scalar != nil && Self.tagName(entry.value) == .null) else {
            if required {
                diagnostics.append(.error(.missingKey, at: entry(key)?.location ?? location,
                                          "missing required key '\(key)' (\(kind))"))
            }
            return nil
        }
        return entry
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar):
            switch Self.tagName(node) {
            case .bool: "true/false"
            case .null: "an empty value"
            default: "'\(scalar.string)'"
            }
        }
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation for the usual text that
    /// neither starts nor ends with a space: that set is tab and Unicode's space separators,
    /// and the only ones in ASCII are tab and space.
    private static func trimmingWhitespace(_ text: String) -> String {
        let isPlainEdge: (Unicode.Scalar?) -> Bool = { scalar in
            scalar.map { $0.isASCII && $0 != " " && $0 != "\t" } ?? false
        }
        if isPlainEdge(text.unicodeScalars.first), isPlainEdge(text.unicodeScalars.last) { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func tagName(_ node: Node) -> Tag.Name { Tag.Name(rawValue: node.tag.rawValue) }

    private static func locate(_ mark: Mark?, file: String, firstLine: Int) -> SourceLocation? {
        mark.map { SourceLocation(file: file, line: firstLine + $0.line - 1, column: $0.column) }
    }

    /// A key given twice in one mapping: reported where it is given again, the next line that
    /// starts with it at the same indentation.
    private static func duplicateKey(_ key: String, firstAt mark: Mark, in yaml: String, file: String,
                                     firstLine: Int) -> Diagnostic {
        let first = locate(mark, file: file, firstLine: firstLine)!
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: max(0, mark.column - 1))
        let again = lines.indices.dropFirst(mark.line).first { index in
            let line = lines[index]
            guard line.hasPrefix(indent + key) else { return false }
            return line.dropFirst(indent.count + key.count).drop { $0 == " " }.hasPrefix(":")
        }
        let location = again.map { SourceLocation(file: file, line: firstLine + $0, column: mark.column) } ?? first
        return .error(.duplicateKey, at: location, "'\(key)' is given twice (first at line \(first.line))")
    }

    /// libyaml's words, with the fix added where the cause is a common slip.
    private static func explain(_ problem: String) -> String {
        if problem.contains("tab character") { return problem + ": indent with spaces, not tabs" }
        if problem.hasPrefix("Maximum nesting level") { return "the values nest too deeply" }
        return problem
    }

    private static func diagnostic(for error: YamlError, file: String, firstLine: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error(.invalidYAML, at: locate(mark, file: file, firstLine: firstLine)!, "invalid YAML: \(explain(problem))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return duplicateKey(duplicates.first ?? "", firstAt: context.mark, in: context.text, file: file, firstLine: firstLine)
        case .reader(let problem, _, _, _):
            return .error(.invalidYAML, at: SourceLocation(file: file, line: firstLine, column: 1),
                          "invalid YAML: \(problem)")
        default:
            return .error(.invalidYAML, at: SourceLocation(file: file, line: firstLine, column: 1), "invalid YAML")
        }
    }
}
