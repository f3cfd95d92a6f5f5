/// cmark-gfm renders a task-list box as a bare `<input type="checkbox">` with no accessible name,
/// which screen readers announce as an unlabelled control. This names each box by its state.
enum TaskListLabels {
    private static let unchecked = "<input type=\"checkbox\" disabled=\"\" />"
    private static let checked = "<input type=\"checkbox\" checked=\"\" disabled=\"\" />"

    /// The HTML with every task-list box labelled "Done" or "Not done". Text can only contain
    /// these exact tags where the renderer wrote them (raw HTML is escaped or left out), or where
    /// raw HTML is allowed, in which case a label does no harm.
    static func label(_ html: String) -> String {
        guard html.contains("type=\"checkbox\"") else { return html }
        return html
            .replacing(unchecked, with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
            .replacing(checked, with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />")
    }
}
