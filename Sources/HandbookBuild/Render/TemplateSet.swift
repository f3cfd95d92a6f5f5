import Foundation
import HandbookModel
import Mustache

/// The site's Mustache templates, parsed, with every partial they name present.
public struct TemplateSet: Sendable {
    /// Templates the build renders by name.
    public static let required = ["page", "not-found"]

    let library: MustacheLibrary
    /// The templates compiled, or swift-mustache for those that are not (see `TemplateLibrary`).
    let templates: TemplateLibrary
    /// Remembers the outline's closed entries from page to page (see `outlineHTML`).
    let outlineRenderer: OutlineRenderer
    /// Remembers the links of the glossary's and the sources' lists (see `RenderedLinks`).
    let linkRenderer: LinkListRenderer

    init(templates: TemplateLibrary) {
        self.library = templates.library
        self.templates = templates
        self.outlineRenderer = OutlineRenderer(library: templates)
        self.linkRenderer = LinkListRenderer(library: templates)
    }

    /// Parses every template; nil (with diagnostics) when one does not parse or names a missing partial.
    public static func load(_ templates: [String: SourceFile]) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var parsed: [String: MustacheTemplate] = [:]
        for (name, file) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                parsed[name] = try MustacheTemplate(string: file.text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(.templateSyntax,
                                          at: SourceLocation(file: file.displayPath, line: error.context.lineNumber,
                                                             column: tagColumn(in: error.context.line,
                                                                               before: error.context.columnNumber)),
                                          "template syntax error: \(describe(error.error))"))
            } catch {
                diagnostics.append(.error(.templateSyntax, at: SourceLocation(file: file.displayPath),
                                          "template syntax error: \(error)"))
            }
            for reference in PartialReference.all(in: file.text) where templates[reference.name] == nil {
                let through = reference.through.map { " (through \($0))" } ?? ""
                diagnostics.append(.error(.missingPartial,
                                          at: SourceLocation(file: file.displayPath, line: reference.line,
                                                             column: reference.column),
                                          "the template uses the partial '\(reference.name)'\(through), but '\(SiteLayout.templatesFolder)/\(reference.name).\(SiteLayout.templateExtension)' does not exist",
                                          suggestion: NameSuggester(candidates: templates.keys).suggestion(for: reference.name)))
            }
        }
        for name in required where templates[name] == nil {
            diagnostics.append(.error(.missingTemplate,
                                      at: SourceLocation(file: "\(SiteLayout.templatesFolder)/\(name).\(SiteLayout.templateExtension)"),
                                      "the template '\(name)' is missing"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let library = TemplateLibrary(library: MustacheLibrary(templates: parsed), texts: templates.mapValues(\.text))
        return (TemplateSet(templates: library), diagnostics)
    }

    /// Renders a named template with a page's values, `outlineHTML` included: the outline
    /// rendered entry by entry through the `outline` template, when a template reads it.
    func render(_ values: PageValues, with name: String) -> String {
        let (root, reserved) = root(values)
        return templates.render(root, withTemplate: name, reserving: reserved) ?? ""
    }

    /// `render`, with where the page's body (`values.page.content`) was written whole in the
    /// text's UTF-8 (see `BodyMarkingOutput`).
    func renderMarkingBody(_ values: PageValues, with name: String) -> (text: String, body: [Range<Int>]) {
        let (root, reserved) = root(values)
        return templates.render(root, withTemplate: name, reserving: reserved, marking: values.page.content ?? "") ?? ("", [])
    }

    /// The same, as a file's bytes.
    func renderDataMarkingBody(_ values: PageValues, with name: String) -> (data: Data, body: [Range<Int>]) {
        let (root, reserved) = root(values)
        return templates.renderData(root, withTemplate: name, reserving: reserved, marking: values.page.content ?? "") ?? (Data(), [])
    }

    /// The value templates are rendered with, and the room to reserve for what they render.
    private func root(_ values: PageValues) -> (PageRoot, reserved: Int) {
        var values = values
        values.outlineHTML = RenderedOutline(outline: values.outlineItems, site: values.site, renderer: outlineRenderer)
        return (PageRoot(values), 2 * (values.page.content?.utf8.count ?? 0))
    }

    /// swift-mustache reports where it stopped reading; point at the `{{` that opened that tag.
    private static func tagColumn(in line: String, before column: Int) -> Int {
        let characters = Array(line.prefix(column))
        var index = characters.count - 2
        while index >= 0 {
            if characters[index] == "{", characters[index + 1] == "{" { return index + 1 }
            index -= 1
        }
        return column
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case .unfinishedName: "a tag is not closed with '}}'"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "invalid template inheritance"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "invalid configuration tag"
        case nil: "\(error)"
        }
    }
}

/// A `{{> name}}` tag in a template's text, or a value the build renders with a partial
/// (`{{{outlineHTML}}}` renders `outline`, see `throughValues`).
struct PartialReference {
    var name: String
    var line: Int
    var column: Int
    /// The value that renders the partial, when the template does not name it itself.
    var through: String?

    /// The values the build renders through a partial, and the partial each renders.
    static let throughValues = ["outlineHTML": OutlineRenderer.templateName,
                                "mentionsHTML": LinkListRenderer.templateName,
                                "citedByHTML": LinkListRenderer.templateName]

    static func all(in text: String) -> [PartialReference] {
        var result: [PartialReference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let close = afterOpen.range(of: "}}") else { break }
                let tag = afterOpen[..<close.lowerBound]
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                if tag.first == ">" {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty { result.append(PartialReference(name: name, line: index + 1, column: column)) }
                } else {
                    let value = tag.drop(while: { "{&#^ ".contains($0) }).trimmingCharacters(in: .whitespaces)
                    if let partial = throughValues[value] {
                        result.append(PartialReference(name: partial, line: index + 1, column: column, through: value))
                    }
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return result
    }
}
