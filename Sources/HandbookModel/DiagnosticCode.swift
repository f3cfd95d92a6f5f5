/// A stable name for each kind of problem, for tools that read diagnostics as JSON.
public enum DiagnosticCode: String, Hashable, Sendable, CaseIterable {
    // Reading files
    case unreadableFile = "unreadable-file"
    case invalidEncoding = "invalid-encoding"
    case missingFolder = "missing-folder"
    case fileTooLarge = "file-too-large"
    case symlinkOutside = "symlink-outside"
    case symlinkLoop = "symlink-loop"
    case brokenSymlink = "broken-symlink"
    // Site configuration
    case invalidConfig = "invalid-config"
    // Front matter
    case missingFrontMatter = "missing-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case invalidYAML = "invalid-yaml"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case unknownKey = "unknown-key"
    case duplicateKey = "duplicate-key"
    // Outline
    case outlineSyntax = "outline-syntax"
    case outlineMissingTarget = "outline-missing-target"
    case outlineDuplicate = "outline-duplicate"
    case outlineTooDeep = "outline-too-deep"
    case pageNotInOutline = "page-not-in-outline"
    // Pages and links
    case urlClash = "url-clash"
    case brokenLink = "broken-link"
    case brokenAnchor = "broken-anchor"
    case linkToDraft = "link-to-draft"
    case missingImage = "missing-image"
    case linkOutsideSite = "link-outside-site"
    case missingAltText = "missing-alt-text"
    case malformedURL = "malformed-url"
    case unsafeURL = "unsafe-url"
    case insecureURL = "insecure-url"
    case externalLinkFailed = "external-link-failed"
    case templateLink = "template-link"
    // Sources and citations
    case invalidSourceRecord = "invalid-source-record"
    case unknownSource = "unknown-source"
    case citationSyntax = "citation-syntax"
    case uncitedSource = "uncited-source"
    case pageWithoutCitations = "page-without-citations"
    // Glossary
    case invalidGlossaryTerm = "invalid-glossary-term"
    case glossaryClash = "glossary-clash"
    case unusedGlossaryTerm = "unused-glossary-term"
    // Readability
    case readingGrade = "reading-grade"
    // Templates
    case templateSyntax = "template-syntax"
    case missingTemplate = "missing-template"
    case missingPartial = "missing-partial"
    // Search
    case searchIndexBudget = "search-index-budget"
    // Output
    case unsafeOutput = "unsafe-output"
    case writeFailed = "write-failed"
}
