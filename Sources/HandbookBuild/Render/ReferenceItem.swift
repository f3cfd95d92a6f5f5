import Mustache

/// An entry of a page's References: `number`, `key`, `entry` (HTML), `locators`, `hasLocators`.
struct ReferenceItem: Sendable, TemplateValueParent {
    var number: Int
    var key: String
    var entry: String
    var locators: String
    var hasLocators: Bool

    func templateValue(named name: String) -> TemplateValue? {
        switch name {
        case "number": .number(number)
        case "key": .text(key)
        case "entry": .text(entry)
        case "locators": .text(locators)
        case "hasLocators": .flag(hasLocators)
        default: nil
        }
    }
}
