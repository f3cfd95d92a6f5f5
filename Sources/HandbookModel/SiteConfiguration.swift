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
    /// How many pages the glossary page lists under a term, and the sources page under a source,
    /// at most; a longer list ends with how many more pages there are.
    public var pageListLimit: Int

    public static let defaultSearchIndexBudget = 300_000
    public static let defaultSidebarWindow = 24
    /// The smallest `sidebar_window`: fewer entries would hide too much of the outline.
    public static let smallestSidebarWindow = 5
    public static let defaultPageListLimit = 50

    public init(title: String, baseURL: BaseURL, language: String = "en", allowsRawHTML: Bool = false,
                readingGradeLimit: Double = 8, searchIndexBudget: Int = defaultSearchIndexBudget,
                sidebarWindow: Int = defaultSidebarWindow, pageListLimit: Int = defaultPageListLimit) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.allowsRawHTML = allowsRawHTML
        self.readingGradeLimit = readingGradeLimit
        self.searchIndexBudget = searchIndexBudget
        self.sidebarWindow = sidebarWindow
        self.pageListLimit = pageListLimit
    }
}
