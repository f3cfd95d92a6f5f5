import Foundation

/// Random prose for comparing the readability counts with their old implementation: words
/// (plain, capitalised, shouted, hyphenated, contracted), abbreviations, titles, numbers, web
/// addresses, punctuation, curly quotes and apostrophes, accents precomposed and combining, CJK,
/// emoji, other scripts' marks, and every kind of whitespace and newline `Character` knows.
enum RandomProse {
    static let words = ReadabilityTests.dictionaryWords.map(\.0) + [
        "rhythm", "rhythms", "autism", "prism", "fuel", "fluent", "poem", "whoever", "pier", "happier",
        "quiet", "society", "client", "cities", "client's", "isn't", "didn't", "don't", "can't", "wouldn't",
        "lovely", "sometimes", "carefully", "movements", "homeless", "business", "everyone", "idea", "ideas",
        "cooperation", "reassurance", "bye", "dyed", "dryer", "being", "going", "beings", "social", "radio",
        "action", "behaviour", "equal", "usual", "medium", "piano", "video", "people", "little", "jumped",
        "wanted", "boxes", "makes", "rubbed", "table", "centre", "whole", "yes", "player", "anyone", "y",
        "a", "I", "e", "es", "ed", "s", "queue", "league", "colleague", "timetime", "typewriter", "x",
    ]
    static let abbreviations = [
        "e.g.", "i.e.", "etc.", "vs.", "cf.", "a.m.", "p.m.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Prof.",
        "E.G.", "ETC.", "Etc.", "DR.", "e.g.,", "(e.g.,", "etc.)", "etc.).", "i.e", "U.S.A.", "a.m.?",
    ]
    static let numbers = ["2.5", "1,000", "3rd", "10-12", "1.", "2,", "3.5.", "1,2,3", "0.5ml", "24/7", "4x4", "1e5"]
    static let addresses = [
        "https://example.org/a.b.", "www.Example.org.", "WWW.nhs.uk", "(www.a.b)", "ftp://x", "a://b", "://",
        "mailto:x@y.z", "http://x.y/é",
    ]
    static let punctuation = [
        ".", ",", ";", ":", "!", "?", "...", "?!", "(", ")", "\"", "'", "-", "--", "—", "–", "…", "‽",
        "“", "”", "‘", "’", "«", "»", "&", "/", "*", "[", "]", "#", "¡", "¿", "\u{2010}", "\u{2011}",
    ]
    static let foreign = [
        "café", "naïve", "résumé", "Ångström", "cafe\u{301}", "nai\u{308}ve", "Œuvre", "straße", "İstanbul",
        "don’t", "didn’t", "isnʼt", "‘quoted’", "“Quoted.”", "“etc.”", "well‐being", "three‑year", "e\u{301}.g.",
        "日本語", "漢字。", "これは", "한국어", "中文，", "Привет.", "Ελλάδα", "עברית", "مرحبا", "हिन्दी",
        "👍", "👍🏽", "👨‍👩‍👧", "🇬🇧", "❤️", "½", "²", "Ⅻ", "ﬁne", "\u{0600}", "\u{0301}", "\u{200D}",
        "\u{200C}", "\u{00AD}", "\u{0903}", "\u{FE0F}", "\u{1F3FB}", "K\u{212A}", "ǅ", "ß.", "ŉ", "\u{0}",
    ]
    static let spaces = [" ", " ", " ", " ", "  ", "\t", "\u{A0}", "\u{3000}", "\u{2003}", "\u{202F}"]
    static let newlines = ["\n", "\n\n", "\n \n", "\r\n", "\r\n\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}"]

    static func text(using random: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<random.next(below: 60) {
            text += token(using: &random)
            switch random.next(below: 12) {
            case 0: text += random.element(of: newlines)
            case 1: text += random.element(of: spaces) + random.element(of: foreign)
            case 2: break  // run two tokens together
            default: text += random.element(of: spaces)
            }
        }
        return text
    }

    static func token(using random: inout SeededRandom) -> String {
        let core: String = switch random.next(below: 20) {
        case 0, 1: random.element(of: abbreviations)
        case 2: random.element(of: numbers)
        case 3: random.element(of: addresses)
        case 4, 5: random.element(of: foreign)
        case 6: asciiWord(using: &random)
        case 7: random.element(of: words) + random.element(of: ["-", "'", ".", ",", "’", "."]) + random.element(of: words)
        default: random.element(of: words)
        }
        var token = cased(core, using: &random)
        if random.next(below: 4) == 0 { token = random.element(of: punctuation) + token }
        if random.next(below: 3) == 0 { token += random.element(of: punctuation) }
        if random.next(below: 8) == 0 { token += random.element(of: punctuation) }
        return token
    }

    /// A run of ASCII letters, digits and joiners, from one letter to fifty.
    static func asciiWord(using random: inout SeededRandom) -> String {
        let alphabet = Array("aeiouyaeiouybcdfghlmnqrstvxzthAEIOUYTSND0123456789'-.,")
        let length = 1 + random.next(below: random.next(below: 4) == 0 ? 50 : 12)
        return String((0..<length).map { _ in alphabet[random.next(below: alphabet.count)] })
    }

    private static func cased(_ word: String, using random: inout SeededRandom) -> String {
        switch random.next(below: 6) {
        case 0: word.capitalized
        case 1: word.uppercased()
        default: word
        }
    }
}
