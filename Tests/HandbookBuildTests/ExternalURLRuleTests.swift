@testable import HandbookBuild
import Testing
import TestSupport

/// The byte-level reading of plainly written http(s) URLs agrees with Foundation's.
@Suite struct ExternalURLRuleTests {
    @Test func aPlainURLHasTheHostFoundationReads() {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["a", "Z", "0", "-", ".", "/", "?", "#", "=", "&", "%41", "%zz", "%4", ":", "@", "!", "'", "(", "*",
                      "~", "_", "+", ",", ";", "$", " ", "\\", "é", "[", "]", "|", "^", "`", "{", "<", "\"", "..", "//"]
        var plain = 0
        for _ in 0..<20_000 {
            let scheme = ["https", "http", "HTTPS", "http:"][Int.random(in: 0..<4, using: &generator)]
            var url = scheme + "://"
            for _ in 0..<Int.random(in: 0..<4, using: &generator) { url += ["example", "org", "x-y", "1", "."][Int.random(in: 0..<5, using: &generator)] }
            for _ in 0..<Int.random(in: 0..<8, using: &generator) { url += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            guard let host = ExternalURLRule.plainHost(of: url) else { continue }
            plain += 1
            #expect(ExternalURLRule.parsedHost(of: url) == host, "\(url)")
        }
        #expect(plain > 1_000, "the plain path is tried")
    }

    @Test func whatIsNotPlainIsLeftToFoundation() {
        for url in ["https://", "https://.a/", "https://a./", "https://a:8080/", "https://[::1]/", "https://a/%4", "https://a/ b",
                    "https://a/#x#y", "https://a\\b/", "https://é.org/", "https//a/"] {
            #expect(ExternalURLRule.plainHost(of: url) == nil, "\(url)")
        }
        #expect(ExternalURLRule.plainHost(of: "https://Example.org/a%41?b=c#d") == "Example.org")
    }
}
