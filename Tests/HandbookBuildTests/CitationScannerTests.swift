@testable import HandbookBuild
import Testing

@Suite struct CitationScannerTests {
    private func items(_ text: String) -> [[CitationScanner.Item]] {
        CitationScanner.scan(text).matches.map(\.items)
    }

    @Test func readsOneSeveralAndLocators() {
        #expect(items("a [@robinson-2018] b") == [[.init(key: "robinson-2018", locator: nil)]])
        #expect(items("[@a; @b.c_d]") == [[.init(key: "a", locator: nil), .init(key: "b.c_d", locator: nil)]])
        #expect(items("[@a, \"Myths and facts\"; @b, p. 12]") ==
                [[.init(key: "a", locator: "Myths and facts"), .init(key: "b", locator: "p. 12")]])
        #expect(items("[@a] and [@b]").count == 2)
    }

    @Test(arguments: ["[@ a]", "[@a b]", "[@a,]", "[see @a]", "[@]", "[@a; b]", "[@a"])
    func rejectsWhatIsNotACitation(text: String) {
        let result = CitationScanner.scan(text)
        #expect(result.matches.isEmpty)
        #expect(result.malformed.count == (text.hasPrefix("[@") ? 1 : 0))
    }

    @Test func leavesOrdinaryBracketsAndEmailsAlone() {
        let result = CitationScanner.scan("[a link] and me@example.org [x]")
        #expect(result.matches.isEmpty && result.malformed.isEmpty)
    }
}

@Suite struct TermMatcherTests {
    private let matcher = TermMatcher([
        GlossaryTermPhrases(slug: "attachment", phrases: ["attachment"]),
        GlossaryTermPhrases(slug: "secure-attachment", phrases: ["secure attachment"]),
        GlossaryTermPhrases(slug: "bond", phrases: ["secure attachment bond", "secure attachment bonds"]),
        GlossaryTermPhrases(slug: "skin", phrases: ["skin-to-skin contact"]),
        GlossaryTermPhrases(slug: "nicu", phrases: ["NICU"]),
    ])

    private func found(_ text: String) -> [String] {
        matcher.matches(in: text).map { "\(text[$0.range])=\(matcher.slugs[$0.term])" }
    }

    @Test func prefersTheLongestPhrase() {
        #expect(found("A secure attachment bond, a secure attachment, an attachment.") ==
                ["secure attachment bond=bond", "secure attachment=secure-attachment", "attachment=attachment"])
    }

    @Test func ignoresCaseAndMatchesWholeWordsOnly() {
        #expect(found("SECURE Attachment; nonattachment attachments nicu") == ["SECURE Attachment=secure-attachment", "nicu=nicu"])
    }

    @Test func allowsHyphensOrSpacesBetweenWordsButNotPunctuation() {
        #expect(found("skin-to-skin contact and skin to skin contact") ==
                ["skin-to-skin contact=skin", "skin to skin contact=skin"])
        #expect(found("secure. Attachment") == ["Attachment=attachment"])
    }

    @Test func normalisesPhrasesForClashes() {
        #expect(TermMatcher.normalize("Skin-to-Skin  contact") == "skin to skin contact")
    }
}

@Suite struct GlossaryShortDefinitionTests {
    @Test func takesTheFirstSentenceWithoutCitations() {
        #expect(GlossaryParser.firstSentence(of: "A bond [@a]. It grows.") == "A bond.")
        #expect(GlossaryParser.firstSentence(of: "No full stop") == "No full stop")
        #expect(GlossaryParser.firstSentence(of: "About 2.5 hours of play. More.") == "About 2.5 hours of play.")
    }
}
