import HandbookModel

/// Reads `handbook.yml`: `title` and `base_url` are required; `language` defaults to `en`;
/// `allow_raw_html` defaults to false; `reading_grade_limit` (the Flesch–Kincaid grade above which
/// a page gets a warning) defaults to 8; `search_index_budget` (the size in bytes above which the
/// search index gets a warning) defaults to 300 000; `sidebar_window` (how many entries of one list
/// the sidebar shows) defaults to 24; `page_list_limit` (how many pages the glossary lists under a
/// term, and the sources page under a source) defaults to 50.
public struct ConfigurationParser: Sendable {
    public static let knownKeys: Set<String> = ["title", "base_url", "language", "allow_raw_html",
                                                "reading_grade_limit", "search_index_budget", "sidebar_window",
                                                "page_list_limit"]

    public init() {}

    public func parse(_ file: SourceFile) -> (SiteConfiguration?, [Diagnostic]) {
        var fields: YAMLMapping
        switch YAMLMapping.parse(file.text, file: file.displayPath, firstLine: 1) {
        case .success(let mapping): fields = mapping
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let title = fields.text("title", required: true)
        let baseText = fields.text("base_url", required: true)
        let language = fields.text("language", required: false) ?? "en"
        let allowsRawHTML = fields.bool("allow_raw_html") ?? false
        let gradeLimit = fields.number("reading_grade_limit") ?? 8
        let budget = fields.number("search_index_budget")
        let window = fields.number("sidebar_window")
        let listLimit = fields.number("page_list_limit")
        var diagnostics = fields.diagnostics + fields.unknownKeys(known: Self.knownKeys)
        var baseURL: BaseURL?
        if let baseText {
            baseURL = BaseURL(baseText)
            if baseURL == nil {
                diagnostics.append(.error(.invalidConfig, at: fields.entry("base_url")!.location,
                                          "'base_url' must be an absolute http(s) URL, not '\(baseText)'"))
            }
        }
        if let budget, budget < 1 || budget != budget.rounded() {
            diagnostics.append(.error(.invalidConfig, at: fields.entry("search_index_budget")!.location,
                                      "'search_index_budget' must be a whole number of bytes above 0"))
        }
        let smallestWindow = SiteConfiguration.smallestSidebarWindow
        if let window, window < Double(smallestWindow) || window != window.rounded() {
            diagnostics.append(.error(.invalidConfig, at: fields.entry("sidebar_window")!.location,
                                      "'sidebar_window' must be a whole number of entries, \(smallestWindow) or more"))
        }
        if let listLimit, listLimit < 1 || listLimit != listLimit.rounded() {
            diagnostics.append(.error(.invalidConfig, at: fields.entry("page_list_limit")!.location,
                                      "'page_list_limit' must be a whole number of pages, 1 or more"))
        }
        guard let title, let baseURL else { return (nil, diagnostics) }
        let searchBudget = budget.flatMap { $0 >= 1 && $0 <= Double(Int.max / 2) ? Int($0) : nil }
        // A window larger than any list cuts nothing, so a huge one is as good as the largest Int.
        let sidebarWindow = window.flatMap { $0 >= Double(smallestWindow) && $0 == $0.rounded() ? Int(min($0, 1e15)) : nil }
        let pageListLimit = listLimit.flatMap { $0 >= 1 && $0 == $0.rounded() ? Int(min($0, 1e15)) : nil }
        return (SiteConfiguration(title: title, baseURL: baseURL, language: language,
                                  allowsRawHTML: allowsRawHTML, readingGradeLimit: gradeLimit,
                                  searchIndexBudget: searchBudget ?? SiteConfiguration.defaultSearchIndexBudget,
                                  sidebarWindow: sidebarWindow ?? SiteConfiguration.defaultSidebarWindow,
                                  pageListLimit: pageListLimit ?? SiteConfiguration.defaultPageListLimit),
                diagnostics)
    }
}
