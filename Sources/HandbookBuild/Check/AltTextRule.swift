import HandbookMarkdown
import HandbookModel

/// Every image needs alt text, unless its title marks it decorative:
/// `![](divider.svg "decorative")`.
enum AltTextRule {
    static let decorativeTitle = "decorative"

    static func check(_ image: MarkdownLink, at location: SourceLocation) -> Diagnostic? {
        guard image.text.trimmingCharacters(in: .whitespaces).isEmpty,
              image.title.lowercased() != decorativeTitle else { return nil }
        return .error(.missingAltText, at: location,
                      "the image '\(image.destination)' has no alt text: describe it, or mark it decorative with ![](\(image.destination) \"decorative\")")
    }
}
