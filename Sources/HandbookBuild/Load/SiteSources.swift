import HandbookModel

/// Everything the build reads from the site root, decoded but not yet interpreted.
public struct SiteSources: Sendable {
    public var root: String
    public var configuration: SourceFile?
    /// Markdown files under `content/`, keyed by their path relative to `content/`.
    public var markdown: [SitePath: SourceFile]
    /// Other files under `content/` (images and the like), copied as they are.
    public var contentFiles: Set<SitePath>
    /// Mustache templates, keyed by name (`page` for `templates/page.mustache`).
    public var templates: [String: SourceFile]
    /// Files under `templates/assets/`, copied to `assets/` in the output.
    public var assets: [SitePath]
    /// Source records, `seeds/<key>.md`, keyed by file name.
    public var seeds: [SitePath: SourceFile] = [:]
    /// Markdown files under `content/` and records in `seeds/` that exist but could not be read
    /// or decoded: already reported, so what refers to them is not reported again.
    public var unreadableMarkdown: Set<SitePath> = []
    public var unreadableSeeds: Set<SitePath> = []
    /// Folders under `content/` that could not be listed (already reported), relative to it.
    public var unreadableFolders: Set<SitePath> = []

    public init(root: String, configuration: SourceFile? = nil, markdown: [SitePath: SourceFile] = [:],
                contentFiles: Set<SitePath> = [], templates: [String: SourceFile] = [:], assets: [SitePath] = []) {
        self.root = root
        self.configuration = configuration
        self.markdown = markdown
        self.contentFiles = contentFiles
        self.templates = templates
        self.assets = assets
    }
}

/// The folder names and file names of the editor's contract.
public enum SiteLayout {
    public static let configurationFile = "handbook.yml"
    public static let contentFolder = "content"
    public static let templatesFolder = "templates"
    public static let seedsFolder = "seeds"
    public static let assetsFolder = "assets"
    public static let outlineFile: SitePath = "SUMMARY.md"
    public static let glossaryFolder = "glossary"
    public static let templateExtension = "mustache"
    /// Folders an output folder may never be, nor contain.
    public static let sourceFolders = [contentFolder, templatesFolder, seedsFolder]
}
