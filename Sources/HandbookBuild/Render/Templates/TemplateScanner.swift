/// Reads a template's text into `TemplateNode`s the way swift-mustache 2.1 tokenises it, rule for
/// rule, since where text is cut and which line breaks are dropped decide the rendered bytes:
///
/// - A tag is found by "{{"; text is cut after each line break ("\n" or "\r\n"), and the spaces
///   and tabs that start a line are held back until the line shows whether they belong to a
///   standalone tag.
/// - A section, inverted section, closing, comment or partial tag is standalone when it is the
///   first thing on its line (after spaces and tabs) and only spaces and tabs follow it up to a
///   line break (any `Character.isNewline`) or the end of the text (with no spaces before the
///   end): the tag's line, break included, is then dropped, and a partial keeps the held-back
///   whitespace as its indentation.
/// - After a section, whether the next tag starts a line is what it was after the section's
///   opening tag, whatever the closing tag was (a quirk that decides whether later tags are
///   standalone).
/// - "{{" followed directly by a line break is dropped with the text ending there.
///
/// It reads `Character`s, as swift-mustache does, so that text with combining marks or "\r\n"
/// is cut in the same places. Errors mean "not supported here": the text either did not parse in
/// swift-mustache either or uses a construct left to it.
struct TemplateScanner {
    struct Unsupported: Error {}

    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    private var atEnd: Bool { position == characters.count }
    private var current: Character? { atEnd ? nil : characters[position] }

    /// The nodes up to the tag closing `closing` (or to the end of the text for nil).
    mutating func parseBlock(closing: String?, atLineStart: Bool) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var lineStart = atLineStart
        var heldWhitespace = ""
        func releaseWhitespace() {
            if !heldWhitespace.isEmpty { nodes.append(.text(heldWhitespace)) }
            heldWhitespace = ""
        }
        while !atEnd {
            if lineStart { heldWhitespace = readSpacesAndTabs() }
            let text = try readText()
            if let lineBreak = current, lineBreak.isNewline {
                nodes.append(.text(heldWhitespace + text + String(lineBreak)))
                position += 1
                lineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(heldWhitespace + text))
                heldWhitespace = ""
                lineStart = false
            }
            guard let kind = current else { break }
            switch kind {
            case "#", "^":
                position += 1
                let name = try readValueName()
                let standalone = lineStart && finishLineIfBlank()
                if !standalone { releaseWhitespace() }
                let inner = try parseBlock(closing: name, atLineStart: standalone)
                nodes.append(kind == "#" ? .section(TemplateName(name), inner) : .invertedSection(TemplateName(name), inner))
                lineStart = standalone
            case "/":
                position += 1
                guard try readValueName() == closing else { throw Unsupported() }
                if !(lineStart && finishLineIfBlank()) { releaseWhitespace() }
                return nodes
            case "!":
                try skipComment()
                lineStart = lineStart && finishLineIfBlank()
            case "{", "&":
                releaseWhitespace()
                position += 1
                let name = try readValueName()
                if kind == "{" { try expect("}") }
                nodes.append(.variable(TemplateName(name), escaped: false))
                lineStart = false
            case ">":
                position += 1
                skip(while: \.isWhitespace)
                guard current != "*" else { throw Unsupported() }
                let name = try readName(allowed: Self.partialNameCharacters)
                // The whitespace is written before the partial and is also its indentation.
                if !heldWhitespace.isEmpty { nodes.append(.text(heldWhitespace)) }
                let standalone = lineStart && finishLineIfBlank()
                nodes.append(.partial(name, indentation: standalone ? heldWhitespace : nil))
                heldWhitespace = ""
                lineStart = standalone
            case "<", "$", "=", "%":
                throw Unsupported()
            default:
                releaseWhitespace()
                nodes.append(.variable(TemplateName(try readValueName()), escaped: true))
                lineStart = false
            }
        }
        guard closing == nil else { throw Unsupported() }
        return nodes
    }

    private mutating func readSpacesAndTabs() -> String {
        let start = position
        while let character = current, character == " " || character == "\t" { position += 1 }
        return String(characters[start..<position])
    }

    /// Text up to a line break (not consumed) or "{{" (consumed) or the end.
    private mutating func readText() throws -> String {
        var text = ""
        while let character = current {
            if character == "\n" || character == "\r\n" { break }
            if character == "{" {
                guard position + 1 < characters.count else { throw Unsupported() }
                if characters[position + 1] == "{" {
                    position += 2
                    break
                }
            }
            text.append(character)
            position += 1
        }
        return text
    }

    /// After a tag: when only spaces and tabs are left on the line, moves past its line break
    /// and says so. The end of the text counts only right after the tag.
    private mutating func finishLineIfBlank() -> Bool {
        if atEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])

    /// A value's name and its tag's closing "}}". Names with parentheses are transforms, left to
    /// swift-mustache.
    private mutating func readValueName() throws -> String {
        let name = try readName(allowed: Self.nameCharacters)
        if name.contains(where: { $0 == "(" || $0 == ")" }) { throw Unsupported() }
        return name
    }

    /// A tag's name and its closing "}}".
    private mutating func readName(allowed: Set<Character>) throws -> String {
        skip(while: \.isWhitespace)
        let start = position
        while let character = current, allowed.contains(character) { position += 1 }
        let name = String(characters[start..<position])
        skip(while: \.isWhitespace)
        try expect("}")
        try expect("}")
        return name
    }

    /// A comment runs to the first "}}", across lines.
    private mutating func skipComment() throws {
        position += 1
        while position + 1 < characters.count {
            if characters[position] == "}", characters[position + 1] == "}" {
                position += 2
                return
            }
            position += 1
        }
        throw Unsupported()
    }

    private mutating func expect(_ character: Character) throws {
        guard current == character else { throw Unsupported() }
        position += 1
    }

    private mutating func skip(while predicate: (Character) -> Bool) {
        while let character = current, predicate(character) { position += 1 }
    }
}
