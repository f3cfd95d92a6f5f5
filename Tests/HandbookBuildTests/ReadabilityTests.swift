import HandbookBuild
import Testing

@Suite struct ReadabilityTests {
    /// Common words with their dictionary syllable counts (Merriam-Webster's hyphenation),
    /// leaving out words dictionaries give two counts for ("family", "usually", "temperature").
    static let dictionaryWords: [(String, Int)] = [
        ("baby", 2), ("babies", 2), ("cry", 1), ("crying", 2), ("cried", 1), ("toddler", 2),
        ("attachment", 3), ("secure", 2), ("pediatrician", 5), ("comfort", 2), ("routine", 2),
        ("the", 1), ("little", 2), ("smiled", 1), ("wanted", 2), ("cues", 1), ("cue", 1),
        ("responsive", 3), ("everyday", 3), ("every", 2), ("people", 2), ("area", 3), ("idea", 3),
        ("create", 2), ("parent", 2), ("parenting", 3), ("child", 1), ("children", 2),
        ("mother", 2), ("father", 2), ("sleep", 1), ("sleeping", 2), ("feeding", 2),
        ("bottle", 2), ("breastfeeding", 3), ("nappy", 2), ("bedtime", 2), ("nightmare", 2),
        ("tantrum", 2), ("tantrums", 2), ("behavior", 3), ("behaviour", 3), ("emotion", 3),
        ("emotional", 4), ("language", 2), ("learning", 2), ("develop", 3), ("development", 4),
        ("healthy", 2), ("safety", 2), ("gentle", 2), ("gently", 2), ("calmly", 2), ("praise", 1),
        ("reward", 2), ("consistent", 3), ("playing", 2), ("played", 1), ("stories", 2),
        ("reading", 2), ("teacher", 2), ("doctor", 2), ("hospital", 3), ("medicine", 3),
        ("fever", 2), ("vaccine", 2), ("vaccination", 4), ("milestone", 2), ("milestones", 2),
        ("smiles", 1), ("laughing", 2), ("separation", 4), ("anxiety", 4), ("anxious", 2),
        ("curious", 3), ("curiosity", 5), ("encourage", 3), ("encouragement", 4),
        ("independence", 4), ("communication", 5), ("relationship", 4), ("patience", 2),
        ("experience", 4), ("research", 2), ("evidence", 3), ("studies", 2), ("guidance", 2),
        ("supportive", 3), ("understanding", 4), ("together", 3), ("someone", 2),
        ("sometimes", 2), ("always", 2), ("individual", 5), ("quiet", 2), ("lovely", 2),
        ("movement", 2), ("careful", 2), ("hungry", 2), ("toys", 1), ("changes", 2),
        ("places", 2), ("boxes", 2), ("jumped", 1), ("needed", 2), ("worried", 2), ("tables", 2),
        ("cuddled", 2), ("settled", 2), ("whole", 1), ("being", 2), ("going", 2), ("social", 2),
        ("obvious", 3), ("previous", 3), ("video", 3), ("screen", 1), ("choices", 2),
        ("simple", 2), ("safely", 2), ("ignore", 2), ("responds", 2), ("brain", 1), ("trust", 1),
        ("warmth", 1), ("empathy", 3), ("discipline", 3), ("punishment", 3),
        ("consequences", 4), ("teething", 2), ("nutrition", 3), ("allergy", 3),
        ("allergies", 3), ("infant", 2), ("newborn", 2), ("caregiver", 3), ("daycare", 2),
        ("siblings", 2), ("grandparents", 3), ("outside", 2), ("exercise", 3), ("water", 2),
        ("because", 2), ("before", 2), ("about", 2), ("through", 1), ("thought", 1),
        ("question", 2), ("answer", 2), ("important", 3), ("around", 2), ("another", 3),
        ("school", 1), ("friend", 1), ("piece", 1), ("eyes", 1), ("didn't", 2), ("don't", 1),
    ]

    private func syllables(_ word: String) -> Int { ReadabilityScore(measuring: word).syllables }

    @Test(arguments: dictionaryWords)
    func countsSyllablesWithinOneOfTheDictionary(word: String, expected: Int) {
        #expect(abs(syllables(word) - expected) <= 1, "\(word): \(syllables(word)), not \(expected)")
    }

    @Test func countsSyllablesExactlyForNineWordsInTen() {
        let misses = Self.dictionaryWords.filter { syllables($0.0) != $0.1 }.map(\.0)
        #expect(Double(misses.count) <= Double(Self.dictionaryWords.count) * 0.1, "\(misses)")
    }

    static let sentenceCases: [(String, Int)] = [
        ("Offer a snack, e.g. fruit or toast. Then rest.", 2),
        ("Offer a snack (fruit, toast, etc.). Then rest.", 2),
        ("Pack a hat, a coat, etc. and go out.", 1),
        ("Pack a hat, a coat, etc. Then go out.", 2),
        ("Dr. Lee and Mrs. Khan agree. Ms. Ray does too.", 2),
        ("Nap at 1 p.m. or at 2 p.m. Then play.", 2),
        ("Give 2.5 ml of syrup. Wait 1.5 hours.", 2),
        ("Really?! Yes... Okay. Wow\u{2026} fine!", 5),
        ("A heading\n\nSome text here.\nThe same block goes on\n\n- a list item", 4),
        ("Line one\nline two\r\n\r\nA new block", 2),
        ("See https://example.org/a.b. Then www.example.org.", 2),
        ("... ?! \n\n https://example.org", 0),
    ]

    @Test(arguments: sentenceCases)
    func splitsSentences(text: String, expected: Int) {
        #expect(ReadabilityScore(measuring: text).sentences == expected)
    }

    @Test func countsCompoundsContractionsAndNumbersAsOneWord() {
        let score = ReadabilityScore(measuring: "Our three-year-old didn't nap, e.g. at 2.5 hours or 1,000 times.")
        // Our, three-year-old, didn't, nap, e.g, at, 2.5, hours, or, 1,000, times
        #expect(score.words == 11)
        // 1 + (1 + 1 + 1) + 2 + 1 + (1 + 1) + 1 + 1 + 1 + 1 + 1 + 1
        #expect(score.syllables == 15)
        #expect(score.sentences == 1)
    }

    @Test func ignoresWebAddresses() {
        let score = ReadabilityScore(measuring: "Read https://www.cdc.gov/parents/index.html or www.nhs.uk today.")
        #expect(score.words == 3)
    }

    @Test func scoresNothingAsGradeZero() {
        #expect(ReadabilityScore(measuring: "") == ReadabilityScore(words: 0, sentences: 0, syllables: 0))
        #expect(ReadabilityScore(measuring: "\n\n  \n").grade == 0)
    }

    @Test func scoresASimplePassageBelowGradeOne() {
        let score = ReadabilityScore(measuring: "The cat sat on the mat. The dog ran.")
        #expect((score.words, score.sentences, score.syllables) == (9, 2, 9))
        #expect(score.grade < 1)
    }

    @Test func scoresADenseAcademicSentenceAboveGradeTwelve() {
        let score = ReadabilityScore(measuring: """
            Longitudinal epidemiological investigations consistently demonstrate that \
            intergenerational transmission of maladaptive attachment representations \
            substantially predicts psychopathological vulnerability.
            """)
        #expect(score.sentences == 1)
        #expect(score.grade > 12)
    }

    @Test func scoresAPassageCountedByHand() {
        let score = ReadabilityScore(measuring: """
            Babies cry to tell you what they need. When your baby cries, stay calm and gentle.

            Comfort helps her feel safe
            """)
        // Ba-bies cry to tell you what they need (8 words, 9 syllables); when your ba-by cries
        // stay calm and gen-tle (8, 10); com-fort helps her feel safe (5, 6): the last block
        // ends its sentence without a full stop.
        #expect((score.words, score.sentences, score.syllables) == (21, 3, 25))
        // 0.39 × 21/3 + 11.8 × 25/21 − 15.59 = 2.73 + 14.048 − 15.59 = 1.188
        #expect(abs(score.grade - 1.188) < 0.05)
    }

    @Test(arguments: [(6.25, "6.3"), (8, "8.0"), (12.349, "12.3"), (-2.035, "-2.0"), (-0.04, "0.0"), (0, "0.0")])
    func formatsTheGradeToOneDecimal(grade: Double, text: String) {
        #expect(ReadabilityScore.gradeText(grade) == text)
    }
}
