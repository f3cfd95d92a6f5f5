/// A page's values as the value a template is rendered with. A class: the renderer takes its
/// value as an `Any` and then as a `TemplateParent`, and each held a copy of the values, some
/// thirty strings and arrays retained and released, for every page and every print chapter.
///
/// It reads, and prints for `{{.}}`, exactly as the values it holds.
final class PageRoot: TemplateParent, CustomStringConvertible {
    let values: PageValues

    init(_ values: PageValues) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        values.child(named: name)
    }

    func templateValue(named name: String) -> TemplateValue? {
        values.templateValue(named: name)
    }

    func grandchild(named grandchildName: String, of name: String) -> TemplateGrandchild? {
        values.grandchild(named: grandchildName, of: name)
    }

    var description: String { String(describing: values) }
}
