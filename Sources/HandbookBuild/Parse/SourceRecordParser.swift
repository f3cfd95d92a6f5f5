import Foundation
import HandbookModel

/// Reads a source record, `seeds/<key>.md`: front matter with the bibliographic facts, and the
/// editors' notes as the body.
public struct SourceRecordParser: Sendable {
    public static let knownKeys: Set<String> = ["title", "authors", "organisation", "anonymous", "published",
                                                "updated", "publisher", "url", "doi", "kind", "cites"]

    public init() {}

    /// `allKeys` are the keys of every record in `seeds/`, which `cites` may name.
    public func parse(_ file: SourceFile, key: CitationKey, allKeys: Set<CitationKey>) -> (SourceRecord?, [Diagnostic]) {
        let block: FrontMatterBlock
        switch FrontMatterBlock.split(file) {
        case .success(let value): block = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var fields: YAMLMapping
        switch YAMLMapping.parse(block.yaml, file: file.displayPath, firstLine: block.yamlFirstLine, startLine: 1) {
        case .success(let mapping): fields = mapping
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let title = fields.text("title", required: true)
        let authors = fields.textList("authors") ?? []
        let organisation = fields.text("organisation", required: false)
        let anonymous = fields.bool("anonymous") ?? false
        let published = fields.publicationDate("published")
        let updated = fields.publicationDate("updated")
        let publisher = fields.text("publisher", required: false)
        let url = fields.text("url", required: false)
        let doi = fields.text("doi", required: false)
        let kindText = fields.text("kind", required: true)
        let cites = (fields.textList("cites") ?? []).map(CitationKey.init)

        if authors.isEmpty, organisation == nil, !anonymous {
            fields.report(.missingKey, at: "authors",
                          "missing 'authors' or 'organisation' (or 'anonymous: true' when the document names neither)")
        }
        for cited in cites where !allKeys.contains(cited) {
            let suggestion = NameSuggester(candidates: allKeys.map(\.rawValue)).suggestion(for: cited.rawValue)
            fields.diagnostics.append(.error(.unknownSource, at: fields.entry("cites")!.location,
                                             "'cites' names an unknown source '\(cited)'", suggestion: suggestion))
        }
        if let url, !Self.isWebURL(url) {
            fields.report(.malformedURL, at: "url", "'url' must be an absolute http(s) URL, not '\(url)'")
        }
        if let doi, !Self.isDOI(doi) {
            fields.report(.malformedURL, at: "doi", "'doi' must look like '10.1234/abc', not '\(doi)'")
        }
        var kind: SourceRecord.Kind?
        if let kindText {
            kind = SourceRecord.Kind(rawValue: kindText)
            if kind == nil {
                let kinds = SourceRecord.Kind.allCases.map(\.rawValue)
                fields.report(.wrongType, at: "kind",
                              "'kind' must be one of \(kinds.joined(separator: ", ")), not '\(kindText)'")
            }
        }
        let diagnostics = fields.diagnostics + fields.unknownKeys(known: Self.knownKeys)
        // A record with a title and kind is kept even when another field is wrong (that error
        // stops the build anyway), so its citations are not reported as unknown too.
        guard let title, let kind else { return (nil, diagnostics) }
        let record = SourceRecord(
            key: key, title: title, authors: authors, organisation: organisation, published: published,
            updated: updated, publisher: publisher, url: url, doi: doi, kind: kind, cites: cites,
            notes: String(block.body), location: SourceLocation(file: file.displayPath, line: 1, column: 1))
        return (record, diagnostics)
    }

    static func isWebURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host, host.contains("."),
              !text.contains(" ") else { return false }
        return true
    }

    /// `10.` then a registrant code of digits (and dots), a slash, and a suffix without spaces.
    static func isDOI(_ text: String) -> Bool {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, parts[0].hasPrefix("10."), parts[0].count > 3,
              parts[0].dropFirst(3).allSatisfy({ $0.isNumber || $0 == "." }),
              !parts[1].isEmpty, !parts[1].contains(where: \.isWhitespace) else { return false }
        return true
    }
}
