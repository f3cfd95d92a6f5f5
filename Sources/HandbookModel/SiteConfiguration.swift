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
    /// How many entries of one list the sidebar shows at most; longer lists show this many around
    /// the open entry, and a link to the contents page.
    public var sidebarWindow: Int

    public static let defaultSearchIndexBudget = 300_000
    public static let defaultSidebarWindow = 24
    /// The smallest `sidebar_window`: fewer entries would hide too much of the outline.
    public static let smallestSidebarWindow = 5

    public init(title: String, baseURL: BaseURL, language: String = "en", allowsRawHTML: Bool = false,
                readingGradeLimit: Double = 8, searchIndexBudget: Int = defaultSearchIndexBudget,
                sidebarWindow: Int = defaultSidebarWindow) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.allowsRawHTML = allowsRawHTML
        self.readingGradeLimit = readingGradeLimit
        self.searchIndexBudget = searchIndexBudget
        self.sidebarWindow = sidebarWindow
    }
}
