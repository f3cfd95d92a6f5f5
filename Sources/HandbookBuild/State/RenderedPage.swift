import HandbookModel

/// What rendering one page made, for `SiteState` to keep or hand on.
struct RenderedPage {
    /// The page's file.
    var file: OutputFile?
    var path: SitePath
    /// The template links on the page that name no file of the site (the site-wide files are
    /// made last, but their paths are known when pages render).
    var missingTargets: [String]
    var chapter: PrintPageWriter.Chapter?
    /// The same, on its chapter.
    var chapterMissingTargets: [String]?
    /// The page's entry in the search index, as JSON.
    var searchEntry: String?
}
