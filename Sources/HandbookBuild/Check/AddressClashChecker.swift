import HandbookModel

/// Two pages that would land at the same URL, or at URLs differing only in letter case (which
/// clash on case-insensitive hosts), are an error.
struct AddressClashChecker {
    func check(_ pages: [ParsedPage]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: ParsedPage] = [:]
        for page in pages.sorted(by: { $0.source < $1.source }) {
            let key = page.address.urlPath.lowercased()
            if let first = seen[key] {
                diagnostics.append(.error(.urlClash, at: SourceLocation(file: page.displayPath, line: 1, column: 1),
                                          "the page would be written to '/\(page.address.urlPath)', as is '\(first.displayPath)'"))
            } else {
                seen[key] = page
            }
        }
        return diagnostics
    }
}
