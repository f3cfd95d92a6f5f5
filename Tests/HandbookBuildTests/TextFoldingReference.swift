import Foundation
@testable import HandbookBuild

/// The word folding, glossary matching and escaping as they were before they were rewritten on
/// UTF-8 bytes: the straightforward Character and Unicode-scalar versions, kept to check that the
/// fast ones give the same results on any text.
enum TextFoldingReference {
    static func searchWords(in text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || (0x300...0x36F).contains(scalar.value) { continue }
            if isWordPart(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word.removeAll()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    static func distinctSearchWords(in text: String, limit: Int) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for word in searchWords(in: text) where seen.insert(word).inserted {
            result.append(word)
            if result.count == limit { break }
        }
        return result
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }

    static func escape(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// `TermMatcher` as it was.
struct ReferenceTermMatcher {
    struct Word {
        var text: String
        var range: Range<String.Index>
    }

    private let phrases: [String: [(words: [String], slug: String)]]

    init(_ terms: [GlossaryTermPhrases]) {
        var phrases: [String: [(words: [String], slug: String)]] = [:]
        for term in terms {
            for phrase in term.phrases {
                let words = Self.words(in: phrase).map(\.text)
                guard let first = words.first else { continue }
                phrases[first, default: []].append((words, term.slug))
            }
        }
        self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    func matches(in text: String) -> [(range: Range<String.Index>, slug: String)] {
        let words = Self.words(in: text)
        var result: [(range: Range<String.Index>, slug: String)] = []
        var index = 0
        while index < words.count {
            guard let candidates = phrases[words[index].text],
                  let found = candidates.first(where: { fits($0.words, at: index, in: words, text: text) }) else {
                index += 1
                continue
            }
            let end = words[index + found.words.count - 1].range.upperBound
            result.append((words[index].range.lowerBound..<end, found.slug))
            index += found.words.count
        }
        return result
    }

    private func fits(_ phrase: [String], at start: Int, in words: [Word], text: String) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        for offset in 0..<phrase.count {
            guard words[start + offset].text == phrase[offset] else { return false }
            if offset > 0 {
                let gap = text[words[start + offset - 1].range.upperBound..<words[start + offset].range.lowerBound]
                guard gap.allSatisfy({ $0 == " " || $0 == "-" || $0 == "\u{00A0}" }) else { return false }
            }
        }
        return true
    }

    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var lastWordEnd: String.Index?
        var index = scalars.startIndex
        func close() {
            if let wordStart = start, let end = lastWordEnd {
                words.append(Word(text: lowercased(text[wordStart..<end]), range: wordStart..<end))
            }
            start = nil
            lastWordEnd = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordScalar(scalar) {
                if start == nil { start = index }
                lastWordEnd = next
            } else if start == nil || !(scalar == "'" || scalar == "\u{2019}") {
                close()
            }
            index = next
        }
        close()
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func lowercased(_ word: Substring) -> String {
        let lower = word.lowercased()
        return lower.contains("\u{2019}") ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
    }

    static func normalize(_ phrase: String) -> String {
        words(in: phrase).map(\.text).joined(separator: " ")
    }
}
