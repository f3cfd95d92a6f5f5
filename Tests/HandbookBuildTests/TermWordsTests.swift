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
