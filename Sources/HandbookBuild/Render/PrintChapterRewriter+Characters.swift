/// The rewrite of one tag character by character: the rule as first written, kept for the rare
/// tag where a decision depends on text outside ASCII (a heading level written `<h²>`, an
/// attribute name or a link holding accents), which only `Character` reads as the rule means.
/// `PrintTagWriter` does everything else on bytes, with the same results.
extension PrintChapterRewriter {
    /// One tag, `<…>`: its heading level and its attributes.
    func rewriteTagByCharacters(_ tag: Substring, chapter: Int) -> String {
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
        switch AttributeKind(lowercasedName: attribute) {
        case .id:
            return value.isEmpty ? value : prefix + value
        case .idList:
            return value.split(separator: " ").map { prefix + $0 }.joined(separator: " ")
        case .link:
            return rewriteLink(value, chapter: chapter)
        case .other:
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
