/// How hard a passage is to read: its Flesch–Kincaid grade, with the counts the grade comes from.
///
/// What counts:
/// - **Blocks.** The text is prose split into blocks by blank lines; each block ends a sentence
///   even without a full stop, so a heading, a list item or a table cell is a sentence of its own.
/// - **Sentences** end at `.`, `!`, `?` or `…`; a run such as `?!` or `...` ends one sentence. A
///   full stop inside a number (`2.5`) never ends one; nor does one after a title (`Dr.`, `Mr.`,
///   `Mrs.`, `Ms.`, `St.`, `Prof.`), nor after `e.g.`, `i.e.`, `etc.`, `vs.`, `cf.`, `a.m.` or
///   `p.m.` when the next word starts with a lowercase letter or a digit.
/// - **Words** are runs of Unicode letters and digits. Apostrophes and hyphens inside a run join it
///   (`don't`, `well-being` and `three-year-old` are one word each), as do full stops between
///   letters (`e.g.`) and full stops or commas between digits (`2.5`, `1,000`). Tokens that are web
///   addresses (containing `://` or starting with `www.`) are not words.
/// - **Syllables** come from `SyllableCounter`: a hyphenated word or an initialism counts its parts
///   (`well-being` is 1 + 2), and a number counts as one syllable.
public struct ReadabilityScore: Hashable, Sendable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Flesch–Kincaid grade: 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (0 for no words).
    /// Very plain text scores below zero; the value is not clamped.
    public var grade: Double

    /// Measures prose: blocks separated by blank lines ("\n\n"); each block ends a sentence even
    /// without a full stop (list items and table cells are blocks).
    public init(measuring text: String) {
        let counts = ProseScanner().counts(in: text)
        self.init(words: counts.words, sentences: counts.sentences, syllables: counts.syllables)
    }

    /// A score from counts already made, for example the sums over several pages.
    public init(words: Int, sentences: Int, syllables: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        guard words > 0, sentences > 0 else {
            grade = 0
            return
        }
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
    }

    /// The grade rounded to one decimal place, as "6.3" or "-2.0", the same in every locale.
    public static func gradeText(_ grade: Double) -> String {
        guard grade.isFinite else { return "\(grade)" }
        let tenths = Int((grade * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
