/// One piece of a compiled template (see `CompiledTemplate`).
enum TemplateNode: Sendable {
    /// Text copied as it is: the text between two tags, which may be several lines (the
    /// renderer indents each line of it as swift-mustache indents the one-line pieces it cuts).
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{> name}}`; `indentation` is the whitespace before a standalone tag (every line the
    /// partial renders is indented by it), nil for a tag that shares its line with other text.
    case partial(String, indentation: String?)
}
