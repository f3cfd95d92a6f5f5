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

    /// Scans the UTF-8 bytes for tags: a print page holds every page, so this runs over the
    /// whole handbook.
    func rewrite(_ html: String, chapter: Int) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + html.utf8.count / 8)
        let bytes = html.utf8
        var cursor = bytes.startIndex
        while let open = bytes[cursor...].firstIndex(of: UInt8(ascii: "<")) {
            result += html[cursor..<open]
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else {
                cursor = open
                break
            }
            result += rewriteTag(html[open...close], chapter: chapter)
            cursor = bytes.index(after: close)
        }
        result += html[cursor...]
        return result
    }

    /// One tag, `<…>`: its heading level and its attributes.
    private func rewriteTag(_ tag: Substring, chapter: Int) -> String {
        let demoted = demotingHeading(tag)
        let bytes = demoted.utf8
        guard bytes.contains(UInt8(ascii: "=")) else { return demoted }
        var rewritten = ""
        var cursor = bytes.startIndex
        var search = cursor
        while let equals = bytes[search...].firstIndex(of: UInt8(ascii: "=")) {
            let valueStart = bytes.index(after: equals)
            guard valueStart < bytes.endIndex, bytes[valueStart] == UInt8(ascii: "\"") else {
                search = valueStart
                continue
            }
            let contentStart = bytes.index(after: valueStart)
            guard let valueEnd = bytes[contentStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let name = demoted[cursor..<equals].reversed().prefix { $0.isLetter || $0 == "-" }
            rewritten += demoted[cursor..<contentStart]
            rewritten += rewriteValue(String(demoted[contentStart..<valueEnd]), of: String(name.reversed()).lowercased(),
                                      chapter: chapter)
            cursor = valueEnd
            search = bytes.index(after: valueEnd)
        }
        rewritten += demoted[cursor...]
        return rewritten
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
