/// A stable name for each kind of problem, for tools that read diagnostics as JSON.
public enum DiagnosticCode: String, Hashable, Sendable, CaseIterable {
    // Reading files
    case unreadableFile = "unreadable-file"
    case invalidEncoding = "invalid-encoding"
    case missingFolder = "missing-folder"
    // Site configuration
    case invalidConfig = "invalid-config"
    // Front matter
    case missingFrontMatter = "missing-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case invalidYAML = "invalid-yaml"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case unknownKey = "unknown-key"
    // Outline
    case outlineSyntax = "outline-syntax"
    case outlineMissingTarget = "outline-missing-target"
    case outlineDuplicate = "outline-duplicate"
    case pageNotInOutline = "page-not-in-outline"
    // Pages and links
    case urlClash = "url-clash"
    case brokenLink = "broken-link"
    case brokenAnchor = "broken-anchor"
    case linkToDraft = "link-to-draft"
    case missingImage = "missing-image"
    case linkOutsideSite = "link-outside-site"
    // Templates
    case templateSyntax = "template-syntax"
    case missingTemplate = "missing-template"
    case missingPartial = "missing-partial"
    // Output
    case unsafeOutput = "unsafe-output"
    case writeFailed = "write-failed"
}
