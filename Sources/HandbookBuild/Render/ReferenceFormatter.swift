import HandbookModel

/// A source's full entry as HTML, in an author–date style:
/// `Robinson, L. and Segal, J. (2018, updated 2024). <cite>Title</cite>. Publisher. https://…`
struct ReferenceFormatter {
    func entry(for record: SourceRecord) -> String {
        var parts: [String] = []
        let creators = record.authors.isEmpty ? record.organisation.map { [$0] } ?? [] : record.authors
        let title = "<cite>" + HTMLText.escape(record.title) + "</cite>"
        let dated = "(" + dates(of: record) + ")."
        if creators.isEmpty {
            // No author or organisation: the title leads, as in APA style.
            parts.append(title + " " + dated)
        } else {
            parts.append(HTMLText.escape(Self.list(creators)) + " " + dated)
            parts.append(title + (record.title.last.map { ".?!…".contains($0) } == true ? "" : "."))
        }
        let kind = record.kind == .webPage ? "Web page" : record.kind.rawValue.prefix(1).uppercased() + record.kind.rawValue.dropFirst()
        parts.append("[" + kind + "].")
        if let publisher = record.publisher, publisher != record.organisation || !record.authors.isEmpty {
            parts.append(HTMLText.escape(publisher) + ".")
        }
        if let doi = record.doi {
            let url = "https://doi.org/" + doi
            parts.append("<a href=\"" + HTMLText.escape(url) + "\">doi:" + HTMLText.escape(doi) + "</a>")
        } else if let url = record.url {
            parts.append("<a href=\"" + HTMLText.escape(url) + "\">" + HTMLText.escape(url) + "</a>")
        }
        return parts.joined(separator: " ")
    }

    private func dates(of record: SourceRecord) -> String {
        switch (record.published, record.updated) {
        case let (published?, updated?) where published.year != updated.year:
            "\(published.year); updated \(updated.year)"
        case let (published?, _): "\(published.year)"
        case let (nil, updated?): "updated \(updated.year)"
        case (nil, nil): "no date"
        }
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
