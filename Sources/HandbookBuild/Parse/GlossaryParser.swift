import Foundation
import HandbookMarkdown
import HandbookModel

/// Reads the glossary's term files, `content/glossary/<slug>.md`: front matter `term` and
/// optional `aliases`, and the definition as the body. Two terms claiming one phrase is an error.
public struct GlossaryParser: Sendable {
    public static let knownKeys: Set<String> = ["term", "aliases"]

    public var options: MarkdownOptions

    public init(options: MarkdownOptions) { self.options = options }

    public func parse(_ files: [(path: SitePath, file: SourceFile)]) -> (Glossary, [Diagnostic]) {
        var entries: [String: Glossary.Entry] = [:]
        var diagnostics: [Diagnostic] = []
        var claimed: [String: (slug: String, term: String)] = [:]
        for (path, file) in files {
            let (entry, found, phraseLocations) = parseTerm(file, at: path)
            diagnostics += found
            guard let entry else { continue }
            for (phrase, location) in zip(entry.term.phrases, phraseLocations) {
                let normal = TermMatcher.normalize(phrase)
                if let owner = claimed[normal] {
                    let message = owner.slug == entry.term.slug
                        ? "'\(phrase)' is listed twice for this term"
                        : "'\(phrase)' is already claimed by the term '\(owner.term)' (content/glossary/\(owner.slug).md)"
                    diagnostics.append(.error(.glossaryClash, at: location, message))
                } else {
                    claimed[normal] = (entry.term.slug, entry.term.term)
                }
            }
            entries[entry.term.slug] = entry
        }
        return (Glossary(entries: entries), diagnostics)
    }

    private func parseTerm(_ file: SourceFile, at path: SitePath) -> (Glossary.Entry?, [Diagnostic], [SourceLocation]) {
        let block: FrontMatterBlock
        switch FrontMatterBlock.split(file) {
        case .success(let value): block = value
        case .failure(let diagnostic): return (nil, [diagnostic], [])
        }
        var fields: YAMLMapping
        switch YAMLMapping.parse(block.yaml, file: file.displayPath, firstLine: block.yamlFirstLine, startLine: 1) {
        case .success(let mapping): fields = mapping
        case .failure(let diagnostic): return (nil, [diagnostic], [])
        }
        let term = fields.text("term", required: true)
        let aliases = fields.textList("aliases") ?? []
        var diagnostics = fields.diagnostics + fields.unknownKeys(known: Self.knownKeys)
        let body = block.body.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty {
            diagnostics.append(.error(.invalidGlossaryTerm, at: SourceLocation(file: file.displayPath, line: block.bodyFirstLine, column: 1),
                                      "the term has no definition: write it below the front matter"))
        }
        guard let term, !diagnostics.hasErrors else { return (nil, diagnostics, []) }
        let document = MarkdownDocument(parsing: String(block.body), options: options)
        let definition = MarkdownSource(path: path, displayPath: file.displayPath, bodyFirstLine: block.bodyFirstLine,
                                        document: document)
        let slug = path.deletingPathExtension().fileName
        let glossaryTerm = GlossaryTerm(slug: slug, term: term, aliases: aliases, definition: String(block.body),
                                        shortDefinition: Self.firstSentence(of: document.plainText()),
                                        location: SourceLocation(file: file.displayPath, line: 1, column: 1))
        let termLocation = fields.entry("term")!.location
        let aliasLocation = fields.entry("aliases")?.location ?? termLocation
        let locations = [termLocation] + Array(repeating: aliasLocation, count: aliases.count)
        return (Glossary.Entry(term: glossaryTerm, definition: definition), diagnostics, locations)
    }

    /// The first sentence of a definition, citations left out: the short form beside a link.
    static func firstSentence(of text: String) -> String {
        var plain = text
        for match in CitationScanner.scan(text).matches.reversed() { plain.removeSubrange(match.range) }
        plain = plain.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: " +([.,;:!?])", with: "$1", options: .regularExpression)
            .replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
        var index = plain.startIndex
        while index < plain.endIndex {
            let next = plain.index(after: index)
            if ".!?".contains(plain[index]), next == plain.endIndex || plain[next] == " " {
                return String(plain[...index])
            }
            index = next
        }
        return plain
    }
}
