import Mustache

/// An entry of a page's References: `number`, `key`, `entry` (HTML), `locators`, `hasLocators`.
struct ReferenceItem: Sendable, TemplateParent {
    var number: Int
    var key: String
    var entry: String
    var locators: String
    var hasLocators: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "key": key
        case "entry": entry
        case "locators": locators
        case "hasLocators": hasLocators
        default: nil
        }
    }
}
