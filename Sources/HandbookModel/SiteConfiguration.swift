/// The settings in `handbook.yml` at the site root.
public struct SiteConfiguration: Hashable, Sendable {
    public var title: String
    /// Absolute, ending with `/`: `https://example.org/handbook/`.
    public var baseURL: BaseURL
    public var language: String
    /// Pass raw HTML in Markdown through (tag-filtered). Off by default.
    public var allowsRawHTML: Bool
    /// Pages whose Flesch–Kincaid reading grade is above this get a warning.
    public var readingGradeLimit: Double
    /// The size in bytes above which the search index gets a warning.
    public var searchIndexBudget: Int

    public static let defaultSearchIndexBudget = 300_000

    public init(title: String, baseURL: BaseURL, language: String = "en", allowsRawHTML: Bool = false,
                readingGradeLimit: Double = 8, searchIndexBudget: Int = defaultSearchIndexBudget) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.allowsRawHTML = allowsRawHTML
        self.readingGradeLimit = readingGradeLimit
        self.searchIndexBudget = searchIndexBudget
    }
}
