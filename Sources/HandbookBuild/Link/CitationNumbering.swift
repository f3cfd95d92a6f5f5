import HandbookModel

/// The sources one page cites, numbered in the order they are first cited, with the locators
/// used for each.
public struct CitationNumbering: Sendable {
    public struct Entry: Hashable, Sendable {
        public var key: CitationKey
        public var number: Int
        public var locators: [String]
    }

    public private(set) var entries: [Entry] = []
    /// Whether the page tried to cite anything, even a source that could not be found.
    public internal(set) var hasCitations = false
    private var numbers: [CitationKey: Int] = [:]

    public init() {}

    /// The source's number, given it on its first citation. `isFirst` is true then.
    mutating func cite(_ key: CitationKey, locator: String?) -> (number: Int, isFirst: Bool) {
        if let number = numbers[key] {
            if let locator, !entries[number - 1].locators.contains(locator) { entries[number - 1].locators.append(locator) }
            return (number, false)
        }
        let number = entries.count + 1
        numbers[key] = number
        entries.append(Entry(key: key, number: number, locators: locator.map { [$0] } ?? []))
        return (number, true)
    }

    public var citedKeys: [CitationKey] { entries.map(\.key) }
    public var isEmpty: Bool { entries.isEmpty }
}
