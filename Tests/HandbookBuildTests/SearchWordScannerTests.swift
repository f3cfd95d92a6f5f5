@testable import HandbookBuild
import Testing

/// The scanner reads ASCII words eight bytes at a time and folds them in two integers; these
/// hold it to the rule by Unicode scalars (`TextFoldingReference`) where that could go wrong:
/// at every ASCII byte next to a letter, at each length and position of a capital, next to the
/// end of the text (where fewer than sixteen bytes are left to read), and for words longer than
/// sixteen bytes.
@Suite struct SearchWordScannerTests {
    private func expectAsReference(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(SearchWords.words(in: text) == TextFoldingReference.searchWords(in: text), "\(text.debugDescription)",
                sourceLocation: sourceLocation)
        #expect(SearchWords.distinctWordList(in: text, limit: 1000)
            == TextFoldingReference.distinctSearchWords(in: text, limit: 1000).joined(separator: " "),
                "\(text.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test func everyASCIIByteBetweenWords() {
        for byte in UInt8(1)...0x7F {
            let separator = String(UnicodeScalar(byte))
            expectAsReference("ab\(separator)Cd\(separator)0z9\(separator)")
            expectAsReference("longerword\(separator)WITHCAPITALS\(separator)x" + separator + "é" + separator)
        }
    }

    @Test func wordsOfEveryLengthWithACapitalAnywhere() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789abcdefgh")
        for length in 1...40 {
            let word = String(letters.prefix(length))
            var texts = [word, " " + word, word + ".", "x " + word + " y"]
            for capital in 0..<length where letters[capital].isLetter {
                var characters = Array(word)
                characters[capital] = Character(characters[capital].uppercased())
                let capitalised = String(characters)
                texts += [capitalised, capitalised + " " + word, word + " " + capitalised + ", " + word.uppercased()]
            }
            for text in texts {
                expectAsReference(text)
                // From 0 to 20 bytes of padding before the end of the text.
                for padding in 0...20 { expectAsReference(text + String(repeating: " ", count: padding)) }
            }
        }
    }

    @Test func wordsThatGoOnPastASCII() {
        for text in ["Café au lait", "ABCDEFGHIJKLMNOPQRSTé", "abcdefghijklmnopqrstuvwxyz’s", "don't DON'T",
                     "naïve naive NAÏVE", "x\u{301}y", "ABCDEFGHIJKLMNOPQ\u{301}", "aaaaaaaa\u{A0}bbbbbbbb—cccccccc"] {
            expectAsReference(text)
            expectAsReference(text + " " + text.uppercased() + " " + text.lowercased())
        }
    }

    /// Words of up to sixteen bytes are kept as integers, longer ones as strings: words that
    /// differ only at either side of those lengths are still told apart.
    @Test func tellsApartWordsThatDifferNearSixteenBytes() {
        let stems = ["abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefg", "abcdefgh", "abcdefghi"]
        let words = stems.flatMap { [$0, $0 + "x", $0 + "y", String($0.dropLast()) + "z"] }
        let text = (words + words.reversed() + words.map { $0.uppercased() }).joined(separator: " ")
        expectAsReference(text)
        var seen: Set<String> = []
        #expect(SearchWords.distinctWords(in: text, limit: 1000) == words.filter { seen.insert($0).inserted })
    }
}
