import HandbookModel

/// What a build is asked to do, as the command line gives it.
public struct BuildOptions: Sendable {
    /// The site root: the folder holding `handbook.yml`, `content/` and `templates/`.
    public var root: String
    /// Where the site is written; nil checks everything and writes nothing.
    public var output: String?
    /// Replaces the configuration's `base_url`.
    public var baseURL: BaseURL?
    public var includeDrafts: Bool
    /// Measure every page's reading grade: a note for each, a warning above the configured
    /// limit. `check` does; `build` leaves this editorial measure out, for speed.
    public var checksReadingGrades: Bool

    public init(root: String, output: String? = nil, baseURL: BaseURL? = nil, includeDrafts: Bool = false,
                checksReadingGrades: Bool = false) {
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.checksReadingGrades = checksReadingGrades
    }
}

/// What a build did.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Content pages rendered (0 when the build stopped on errors).
    public var pageCount: Int
    /// Every file of the site, when it was rendered and kept: not by `BuildPipeline.run` with an
    /// output folder, which writes each file as it is rendered.
    public var files: [OutputFile]
    /// Every http(s) link in the content, for `check --external` (empty after `BuildPipeline.run`
    /// with an output folder).
    public var externalLinks: [ExternalLink] = []

    public var succeeded: Bool { !diagnostics.hasErrors }
}
