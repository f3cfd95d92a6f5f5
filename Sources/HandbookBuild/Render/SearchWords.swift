/// Splits text into the words search matches on, folded the way `search.js` folds what the
/// reader types: lower case, accents dropped, apostrophes dropped (`baby’s` → `babys`), and
/// anything that is not a letter, mark or digit a separator (`skin-to-skin` → `skin to skin`).
/// `SearchWordScanner` does the folding.
enum SearchWords {
    static func words(in text: String) -> [String] {
        var words: [String] = []
        SearchWordScanner.forEachWord(in: text) { word in
            words.append(String(decoding: word.bytes, as: UTF8.self))
            return true
        }
        return words
    }

    /// Each word once, in the order of first use, at most `limit` of them.
    static func distinctWords(in text: String, limit: Int) -> [String] {
        distinctWordList(in: text, limit: limit).utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `distinctWords` joined by spaces, built as bytes: a page's words are most of its text,
    /// and the index needs them only as one string.
    static func distinctWordList(in text: String, limit: Int) -> String {
        distinctWordList(in: [text], limit: limit)
    }

    /// The same for the texts one after another, as if joined by a line break (which ends a
    /// word, and a stretch of text folded together: see `SearchWordScanner`), without joining them.
    static func distinctWordList(in texts: [String], limit: Int) -> String {
        var words = WrittenWordSet(capacity: texts.reduce(0) { $0 + $1.utf8.count } / 2)
        // Words with other letters are compared as Strings, by canonical equivalence as before;
        // none of them equals an ASCII word, since folding lowercases the Kelvin sign, the one
        // letter whose canonical form is ASCII.
        var otherWords: Set<String> = []
        var full = false
        for text in texts where !full {
            SearchWordScanner.forEachWord(in: text) { word in
                if word.isASCII {
                    guard words.insertASCII(word) else { return true }
                } else {
                    guard otherWords.insert(String(decoding: word.bytes, as: UTF8.self)).inserted else { return true }
                    words.appendOther(word.bytes)
                }
                full = words.count == limit
                return !full
            }
        }
        return String(decoding: words.list, as: UTF8.self)
    }
}
