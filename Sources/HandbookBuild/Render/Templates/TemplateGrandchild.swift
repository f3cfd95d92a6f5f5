/// What a shortcut of `TemplateParent.grandchild` found: `value` is nil when the child does not
/// have the name (the lookup still ends there, as it does when the child is found the usual way).
/// A struct rather than `TemplateValue??`, whose two nils are easy to mistake for each other.
struct TemplateGrandchild {
    let value: TemplateValue?
}
