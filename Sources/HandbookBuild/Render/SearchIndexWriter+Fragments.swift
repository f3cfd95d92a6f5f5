import Foundation

/// The index's JSON put together from each page's entry encoded on its own, so that after an
/// edit only the changed pages' entries are encoded again. The bytes are those `json(_:)` writes
/// for the whole index (a test holds them equal).
extension SearchIndexWriter {
    /// One value, encoded as the index encodes it: compact, keys sorted, slashes as they are.
    func fragment<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    /// The whole index from its pages' `fragment`s, in reading order, and its terms' `fragment`.
    func json(pageFragments: [String], termsFragment: String) -> String {
        let version = SearchIndex(pages: [], terms: []).version
        // Appended into one string of the right size: the index is megabytes on a large site.
        var json = ""
        json.reserveCapacity(termsFragment.utf8.count + pageFragments.reduce(pageFragments.count + 32) { $0 + $1.utf8.count })
        json += "{\"g\":"
        json += termsFragment
        json += ",\"p\":["
        for (index, fragment) in pageFragments.enumerated() {
            if index > 0 { json += "," }
            json += fragment
        }
        json += "],\"v\":\(version)}\n"
        return json
    }
}
