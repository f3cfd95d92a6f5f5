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
