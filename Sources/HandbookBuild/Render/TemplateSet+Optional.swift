extension TemplateSet {
    /// Whether the site has a template of this name: the search page (`search`) and the print
    /// page (`print`, `print-chapter`) are written only by sites whose templates ask for them.
    func contains(_ name: String) -> Bool {
        library.getTemplate(named: name) != nil
    }
}
