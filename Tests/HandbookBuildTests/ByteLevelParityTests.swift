import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// The scans that work on UTF-8 bytes (paths, front matter fences, citations) against the
/// character-level code they replaced, kept below as it was, on random text that mixes ASCII
/// with what could trip a byte-level shortcut: combining marks after `/`, `.`, `-`, `@` or `[`,
/// `\r\n`, tabs, non-ASCII letters.
@Suite struct ByteLevelParityTests {
    private static func randomTexts(from pieces: [String], count: Int, length: ClosedRange<Int>, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: length, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func sitePathsResolveAsBefore() {
        let pieces = ["a", "b.md", "tips", "/", "/", "//", ".", "..", "./", "../", "é", "e\u{301}", "/\u{301}",
                      ".\u{301}", "x.MD", ".md", "index", "my page"]
        let paths = Self.randomTexts(from: pieces, count: 1500, length: 0...6, seed: 7)
        for (base, relative) in zip(paths, paths.reversed()) {
            let path = SitePath(base)
            #expect(path.resolving(relative) == CharacterPath.resolving(relative, from: base), "\(base.debugDescription) \(relative.debugDescription)")
            #expect(path.fileName == CharacterPath.fileName(base), "\(base.debugDescription)")
            #expect(path.pathExtension == CharacterPath.pathExtension(base), "\(base.debugDescription)")
        }
        #expect(SitePath("tips/sleep/naps.md").resolving("../../play.md") == "play.md")
        #expect(SitePath("a//b/c.md").resolving("./d//e.md") == "a/b/d/e.md")
        #expect(SitePath("a/b.md").resolving("../../x.md") == nil)
        #expect(SitePath("tips/").fileName == "tips")
    }

    @Test func frontMatterIsCutAsBefore() {
        let pieces = ["---", "---", "...", "\n", "\n", "\r\n", "\r", " ", "\t", "-", "title: x", "\u{301}", "é", "--"]
        for text in Self.randomTexts(from: pieces, count: 3000, length: 0...12, seed: 11) {
            let file = SourceFile(displayPath: "content/a.md", text: text)
            let found: String
            switch FrontMatterBlock.split(file) {
            case .success(let block): found = "\(block.yaml.debugDescription) \(block.yamlFirstLine) \(block.body.debugDescription) \(block.bodyFirstLine)"
            case .failure(let diagnostic): found = diagnostic.description
            }
            #expect(found == CharacterFrontMatter.split(file), "\(text.debugDescription)")
        }
    }

    @Test func citationsAreFoundAsBefore() {
        let pieces = ["[@", "[@", "@", "[", "]", "]", "; ", ";", ", ", "p. 12", "key", "smith-2020", " ", "\t", "\u{301}",
                      "é", "“x”", "\"q\"", "a", ".", ":", "\u{00A0}", "\u{2003}"]
        for text in Self.randomTexts(from: pieces, count: 4000, length: 0...14, seed: 5) {
            let scan = CitationScanner.scan(text)
            let found = scan.matches.map { "\(text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound))-\(text.utf8.distance(from: text.startIndex, to: $0.range.upperBound)) \($0.items)" }
                + scan.malformed.map { "bad \(text.utf8.distance(from: text.startIndex, to: $0.offset))" }
            #expect(found == CharacterCitations.scan(text), "\(text.debugDescription)")
        }
    }

    /// Text of ASCII only is read on its bytes: every way an ASCII citation can be written or
    /// miswritten, against the Character scan.
    @Test func asciiCitationsAreFoundAsBefore() {
        let pieces = ["[@", "[@", "[", "]", "]", "@", ";", "; ", ",", ", ", " ", "\t", "\r\n", "p. 12", "key", "k-2:x_y.z", "9a",
                      "\"", "\"q\"", "'", "'s'", ".", ":", "-", "_", "a", "@@", "[@]", "x:"]
        for text in Self.randomTexts(from: pieces, count: 6000, length: 0...12, seed: 13) {
            let scan = CitationScanner.scan(text)
            let found = scan.matches.map { "\(text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound))-\(text.utf8.distance(from: text.startIndex, to: $0.range.upperBound)) \($0.items)" }
                + scan.malformed.map { "bad \(text.utf8.distance(from: text.startIndex, to: $0.offset))" }
            #expect(found == CharacterCitations.scan(text), "\(text.debugDescription)")
        }
    }

    /// The citation scanner trims ASCII text of spaces and tabs only, as Foundation would.
    @Test func spaceAndTabAreTheOnlyASCIIWhitespace() {
        let whitespace = (0..<128).filter { CharacterSet.whitespaces.contains(Unicode.Scalar(UInt8($0))) }
        #expect(whitespace == [0x09, 0x20])
    }

    @Test func linkTargetsAreCutAsBefore() {
        let pieces = ["https:", "mailto:", "a", "B9", "+", ".", "-", ":", ":", "#", "#", "?", "/", "//", "%20", "%zz",
                      "%C3%A9", "é", "#\u{20E3}", ":\u{301}", "?\u{301}", "\r\n", "x.md", "../", "_"]
        for text in Self.randomTexts(from: pieces, count: 4000, length: 0...8, seed: 3) {
            let target = LinkTarget(text)
            #expect("\(target.kind) \(target.path.debugDescription) \(target.fragment.debugDescription)" == CharacterLinkTarget.parts(of: text),
                    "\(text.debugDescription)")
        }
    }

    @Test func sourceFilesDecodeAndReportAsBefore() throws {
        let withBOM = try SourceFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8)), displayPath: "x.md").get()
        #expect(withBOM.text == "a\nb\nc")
        let nul = SourceFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("ab\r\né\0".utf8)), displayPath: "x.md")
        #expect(throws: Diagnostic.self) { try nul.get() }
        if case .failure(let diagnostic) = nul { #expect(diagnostic.description.hasPrefix("x.md:2:2: error:")) }
        let invalid = SourceFile.decode(Data(Array("ab\nc".utf8) + [0xC3, 0x28]), displayPath: "x.md")
        if case .failure(let diagnostic) = invalid { #expect(diagnostic.description.hasPrefix("x.md:2:2: error:")) } else { Issue.record("decoded invalid UTF-8") }
        #expect(try SourceFile.decode(Data(), displayPath: "x.md").get().text == "")
    }
}

/// `SitePath`'s path handling as it was, character by character.
private enum CharacterPath {
    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? "" }

    static func pathExtension(_ path: String) -> String {
        let name = fileName(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    static func resolving(_ relative: String, from path: String) -> SitePath? {
        let directory = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        var parts: [Substring] = relative.hasPrefix("/") ? [] : directory.split(separator: "/")
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return SitePath(parts.joined(separator: "/"))
    }
}

/// `FrontMatterBlock.split` as it was, character by character, its outcome as text.
private enum CharacterFrontMatter {
    static func split(_ file: SourceFile) -> String {
        let text = file.text
        let start = SourceLocation(file: file.displayPath, line: 1, column: 1)
        if text.allSatisfy(\.isWhitespace) { return Diagnostic.error(.missingFrontMatter, at: start, "the file is empty: it must start with front matter between '---' lines").description }
        let firstBreak = text.firstIndex(of: "\n") ?? text.endIndex
        guard isFence(text[..<firstBreak], closing: false) else {
            return Diagnostic.error(.missingFrontMatter, at: start, "the page must start with front matter between '---' lines").description
        }
        let unclosed = Diagnostic.error(.unclosedFrontMatter, at: start, "the front matter is not closed: add a line '---' after it").description
        guard firstBreak < text.endIndex else { return unclosed }
        var lineStart = text.index(after: firstBreak)
        var line = 2
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if isFence(text[lineStart..<lineEnd], closing: true) {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                let yaml = String(text[text.index(after: firstBreak)..<lineStart])
                return "\(yaml.debugDescription) 2 \(String(text[bodyStart...]).debugDescription) \(line + 1)"
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
            line += 1
        }
        return unclosed
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "\t" }
        let word = String(trimmed.reversed())
        return word == "---" || (closing && word == "...")
    }
}

/// `CitationScanner.scan` as it was (Foundation's search and trimming), its outcome as text.
private enum CharacterCitations {
    static func scan(_ text: String) -> [String] {
        var matches: [String] = []
        var malformed: [String] = []
        var searchStart = text.startIndex
        func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.startIndex, to: index) }
        while let open = text[searchStart...].range(of: "[@") {
            guard let close = text[open.upperBound...].firstIndex(of: "]"),
                  let items = parseItems(text[text.index(after: open.lowerBound)..<close]) else {
                malformed.append("bad \(offset(open.lowerBound))")
                searchStart = open.upperBound
                continue
            }
            matches.append("\(offset(open.lowerBound))-\(offset(text.index(after: close))) \(items)")
            searchStart = text.index(after: close)
        }
        return matches + malformed
    }

    private static func parseItems(_ inner: Substring) -> [CitationScanner.Item]? {
        var items: [CitationScanner.Item] = []
        for part in inner.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("@") else { return nil }
            let afterAt = trimmed.dropFirst()
            let key = afterAt.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
            guard let first = key.first, first.isLetter || first.isNumber, key.last != ".", key.last != ":" else { return nil }
            var rest = afterAt.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            var locator: String?
            if !rest.isEmpty {
                guard rest.hasPrefix(",") else { return nil }
                rest = rest.dropFirst().trimmingCharacters(in: .whitespaces)
                guard !rest.isEmpty else { return nil }
                locator = unquoted(rest)
            }
            items.append(CitationScanner.Item(key: String(key), locator: locator))
        }
        return items.isEmpty ? nil : items
    }

    private static func unquoted(_ text: String) -> String {
        for (open, close) in [("\"", "\""), ("“", "”"), ("'", "'")] where text.count >= 2 && text.hasPrefix(open) && text.hasSuffix(close) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}

/// `LinkTarget.init` as it was, character by character, its outcome as text.
private enum CharacterLinkTarget {
    static func parts(of destination: String) -> String {
        let hashIndex = destination.firstIndex(of: "#")
        let beforeHash = hashIndex.map { destination[..<$0] } ?? destination[...]
        let rawFragment = hashIndex.map { String(destination[destination.index(after: $0)...]) }
        let fragment = rawFragment.map { $0.removingPercentEncoding ?? $0 }
        let rawPath = beforeHash.prefix { $0 != "?" }
        let path = String(rawPath).removingPercentEncoding ?? String(rawPath)
        let kind: LinkTarget.Kind = hasScheme(destination) || destination.hasPrefix("//") ? .external
            : beforeHash.isEmpty ? .fragmentOnly : .relative
        return "\(kind) \(path.debugDescription) \(fragment.debugDescription)"
    }

    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
