import HandbookModel

/// What rendering one page made, for `SiteState` to keep or hand on.
struct RenderedPage {
    /// The page's file.
    var file: OutputFile?
    var path: SitePath
    /// The template links on the page that name no page or copied file (the site-wide files are
    /// not made yet: `SiteState.checkLinks` looks among them).
    var missingTargets: [String]
    var chapter: PrintPageWriter.Chapter?
    /// The same, on its chapter.
    var chapterMissingTargets: [String]?
    /// The page's entry in the search index, as JSON.
    var searchEntry: String?
}
