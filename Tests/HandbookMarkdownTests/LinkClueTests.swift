@testable import HandbookMarkdown
import Testing

/// Whether a link could be an autolink is worked out on the bytes of ASCII links: it must come
/// out as it does on their characters.
@Suite struct LinkClueTests {
    @Test func judgesASCIILinksAsTheirCharactersAre() {
        let pieces = ["www.", "WwW.", "w", ".", ":", "@", "a", "B", "x.org", "http://", "mailto:", "\u{0E}", "\r\n", "/"]
        var random = SplitMix(state: 0xC1E)
        var autolinks = 0
        for _ in 0..<20_000 {
            let text = (0..<random.below(5)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let prefix = ["", "", "mailto:", "http://", "https://", "x"][random.below(6)]
            let destination = random.below(4) == 0 ? prefix + text + "/" : prefix + text
            let byCharacters = LinkClue.looksLikeAutolink(text: text, destination: destination)
            if byCharacters { autolinks += 1 }
            #expect(LinkClue.looksLikeAutolink(asciiText: text.utf8, destination: destination.utf8) == byCharacters,
                    "\(text.debugDescription) \(destination.debugDescription)")
        }
        #expect(autolinks > 1_000)
    }
}

/// A seeded generator (SplitMix64), so the test runs the same every time.
private struct SplitMix {
    var state: UInt64

    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
