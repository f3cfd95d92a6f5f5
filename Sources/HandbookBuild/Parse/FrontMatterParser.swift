import HandbookModel

/// Reads a page's front matter: `title`, `description` and `reviewed` are required; `draft` and
/// `glossary` are optional; any other key is a warning.
public struct FrontMatterParser: Sendable {
    public static let knownKeys: Set<String> = ["title", "description", "reviewed", "draft", "glossary"]

    public init() {}

    public struct Result {
        /// Nil when a required field is missing or wrong.
        public var frontMatter: FrontMatter?
        /// The file's text after the front matter.
        public var body: Substring
        /// The file line of the body's first line.
        public var bodyFirstLine: Int
        public var diagnostics: [Diagnostic]
    }

    public func parse(_ file: SourceFile) -> Result {
        let block: FrontMatterBlock
        switch FrontMatterBlock.split(file) {
        case .success(let value): block = value
        case .failure(let diagnostic):
            return Result(frontMatter: nil, body: file.text[...], bodyFirstLine: 1, diagnostics: [diagnostic])
        }
        let failed = Result(frontMatter: nil, body: block.body, bodyFirstLine: block.bodyFirstLine, diagnostics: [])
        var fields: YAMLMapping
        switch YAMLMapping.parse(block.yaml, file: file.displayPath, firstLine: block.yamlFirstLine, startLine: 1) {
        case .success(let mapping): fields = mapping
        case .failure(let diagnostic):
            var result = failed
            result.diagnostics = [diagnostic]
            return result
        }
        let title = fields.text("title", required: true)
        let description = fields.text("description", required: true)
        let reviewed = fields.date("reviewed", required: true)
        let draft = fields.bool("draft") ?? false
        let glossary = fields.bool("glossary") ?? true
        var result = failed
        result.diagnostics = fields.diagnostics + fields.unknownKeys(known: Self.knownKeys)
        if let title, let description, let reviewed {
            result.frontMatter = FrontMatter(title: title, description: description, reviewed: reviewed,
                                             isDraft: draft, linksGlossary: glossary)
        }
        return result
    }
}
