@testable import HandbookBuild
import Testing

@Suite struct TermWordsTests {
    /// The shortcut for General Punctuation must agree with the Unicode properties it skips.
    @Test func wordScalarsAreLettersAndNumbersByTheirProperties() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            #expect(TermWords.isWordScalar(value) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test func wordsKeepInnerApostrophesAndFoldTheirCase() {
        let text = "Baby’s  ’cues’ don''t—NICU 2x Café"
        var copy = text
        let folded = copy.withUTF8 { bytes in
            let scan = TermWords(bytes)
            return scan.words.map { scan.text(of: $0) }
        }
        #expect(folded == ["baby's", "cues", "don''t", "nicu", "2x", "café"])
    }
}

/// The reading of ASCII words eight bytes at a time against reading them byte by byte.
@Suite struct TermWordsChunkTests {
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func chunk(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    }

    /// Every byte value at every place in a chunk of letters: where the word stops, and how
    /// the bytes before it fold.
    @Test func chunksStopAtTheFirstByteThatIsNotAnASCIILetterOrDigit() {
        let letters = Array("aBcD9xYz".utf8)
        for place in 0..<8 {
            for value in 0...255 {
                var bytes = letters
                bytes[place] = UInt8(value)
                let length = ASCIIWordChunk.wordLength(Self.chunk(bytes))
                let expected = Self.isWordByte(UInt8(value)) ? 8 : place
                #expect(length == expected, "byte \(value) at \(place)")
                let folded = bytes.prefix(expected).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
                #expect(ASCIIWordChunk.folded(Self.chunk(bytes), count: length) == Self.chunk(folded), "byte \(value) at \(place)")
            }
        }
    }

    @Test func aWordsHashIsTheSameReadByChunkOrByByte() {
        let bytes = Array("abcdefghijklmnopqrstuvw".utf8)
        for count in 1...bytes.count {
            var byChunk = FoldedWordHash()
            var index = 0
            while index < count {
                let length = min(8, count - index)
                byChunk.add(chunk: Self.chunk(Array(bytes[index..<(index + length)])), count: length)
                index += length
            }
            #expect(byChunk.value == FoldedWordHash(Array(bytes.prefix(count))).value, "\(count) bytes")
        }
    }

    /// Words of every length around a chunk's eight bytes, in any case, with apostrophes (kept
    /// only before a letter), letters beyond ASCII and the end of the text at every place.
    @Test func wordsAreReadAsByteByByte() {
        let pieces = ["a", "B", "z", "Z", "0", "9", "attachment", "ATTACHMENTS", "abcdefgh", "ABCDEFGHI", "'", "’", "''",
                      " ", "-", ".", "é", "e\u{301}", "ǅ", "\u{A0}", "—", "@", "[", "`", "{", "/", ":"]
        var generator = SplitMix64(seed: 9)
        for _ in 0..<4000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var copy = text
            copy.withUTF8 { bytes in
                let scan = TermWords(bytes)
                let words = scan.words
                let expected = ReferenceTermMatcher.words(in: text)
                #expect(words.map { scan.text(of: $0) } == expected.map(\.text), "\(text.debugDescription)")
                #expect(words.map(\.start) == expected.map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) })
                for word in words where word.isASCII {
                    #expect(word.hash == FoldedWordHash(Array(scan.text(of: word).utf8)).value, "\(text.debugDescription)")
                }
            }
        }
    }
}
