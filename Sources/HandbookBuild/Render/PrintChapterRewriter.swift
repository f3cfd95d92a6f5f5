/// Makes one page's HTML fit on the print page beside every other page: each id, and each
/// attribute naming one, gets the chapter's prefix (`peek-a-boo` → `c7-peek-a-boo`); links to
/// pages of the handbook point at their chapters instead (`/tips/play/#peek-a-boo` →
/// `#c7-peek-a-boo`, `/tips/play/` → `#chapter-7`); headings move one level down, below the
/// chapter's title.
///
/// The HTML is the build's own (cmark-gfm and the templates), whose attribute values are
/// always in double quotes and never hold `<` or `>`.
struct PrintChapterRewriter {
    /// Each chapter's page URL, as the build writes it in links (`/tips/play/`), to its number.
    let chapterNumbers: [String: Int]

    static func chapterID(_ number: Int) -> String { "chapter-\(number)" }

    /// `c7-`: a letter, the number and a hyphen, so no two chapters' ids can meet.
    static func idPrefix(_ number: Int) -> String { "c\(number)-" }

    func rewrite(_ html: String, chapter: Int) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            result += rewriteTag(rest[open...close], chapter: chapter)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// One tag, `<…>`: its heading level and its attributes.
    private func rewriteTag(_ tag: Substring, chapter: Int) -> String {
        var result = demotingHeading(tag)
        guard result.contains("=\"") else { return result }
        var rewritten = ""
        var rest = result[...]
        while let equals = rest.range(of: "=\"") {
            let name = rest[..<equals.lowerBound].reversed().prefix { $0.isLetter || $0 == "-" }
            let valueStart = equals.upperBound
            guard let valueEnd = rest[valueStart...].firstIndex(of: "\"") else { break }
            rewritten += rest[..<valueStart]
            rewritten += rewriteValue(String(rest[valueStart..<valueEnd]), of: String(name.reversed()).lowercased(),
                                      chapter: chapter)
            rest = rest[valueEnd...]
        }
        rewritten += rest
        result = rewritten
        return result
    }

    private func rewriteValue(_ value: String, of attribute: String, chapter: Int) -> String {
        let prefix = Self.idPrefix(chapter)
        switch attribute {
        case "id", "for":
            return value.isEmpty ? value : prefix + value
        case "aria-describedby", "aria-labelledby", "aria-controls", "aria-owns", "aria-flowto", "headers":
            return value.split(separator: " ").map { prefix + $0 }.joined(separator: " ")
        case "href":
            return rewriteLink(value, chapter: chapter)
        default:
            return value
        }
    }

    private func rewriteLink(_ href: String, chapter: Int) -> String {
        if href.hasPrefix("#") {
            return href.count > 1 ? "#" + Self.idPrefix(chapter) + href.dropFirst() : href
        }
        let path = href.prefix { $0 != "#" }
        guard let target = chapterNumbers[String(path)] else { return href }
        let fragment = href.dropFirst(path.count + 1)
        return fragment.isEmpty ? "#" + Self.chapterID(target) : "#" + Self.idPrefix(target) + fragment
    }

    /// `<h2…>` → `<h3…>` and `</h2>` → `</h3>`, for `h1` to `h5`.
    private func demotingHeading(_ tag: Substring) -> String {
        let characters = Array(tag.prefix(4))
        let nameStart = characters.count > 1 && characters[1] == "/" ? 2 : 1
        guard characters.count > nameStart + 1, characters[nameStart] == "h" || characters[nameStart] == "H",
              let level = characters[nameStart + 1].wholeNumberValue, (1...5).contains(level) else { return String(tag) }
        let after = tag.dropFirst(nameStart + 2)
        guard let next = after.first, next == ">" || next.isWhitespace else { return String(tag) }
        return String(tag.prefix(nameStart)) + "h\(level + 1)" + after
    }
}
