/// Markdown to an HTML fragment in one call, with the settings of the build: the same
/// extensions, callouts and heading ids made by `GitHubSlugger` from the heading text.
public enum MarkdownRenderer {
    public static func renderHTML(_ text: String, options: MarkdownOptions = MarkdownOptions()) -> String {
        let document = MarkdownDocument(parsing: text, options: options)
        var slugger = GitHubSlugger()
        document.setHeadingIDs(document.headings.map { slugger.slug($0.text) })
        return document.renderHTML()
    }
}
