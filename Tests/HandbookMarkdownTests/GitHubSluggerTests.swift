import HandbookMarkdown
import Testing

/// Cases from github-slugger's own fixtures, which follow what GitHub does.
@Suite struct GitHubSluggerTests {
    @Test(arguments: [
        ("alpha", "alpha"),
        ("bravoCharlieDelta", "bravocharliedelta"),
        ("heading with a - dash", "heading-with-a---dash"),
        ("heading with an _ underscore", "heading-with-an-_-underscore"),
        ("heading with a period.txt", "heading-with-a-periodtxt"),
        ("exchange.bind_headers(exchange, routing [, bindCallback])",
         "exchangebind_headersexchange-routing--bindcallback"),
        (" a ", "-a-"),
        ("apostrophe’s should be trimmed", "apostrophes-should-be-trimmed"),
        ("I ♥ unicode", "i--unicode"),
        ("en–dash", "endash"),
        ("😄 unicode emoji", "-unicode-emoji"),
        ("😄-😄 unicode emoji", "--unicode-emoji"),
        ("😄_😄 unicode emoji", "_-unicode-emoji"),
        (":smile: - a gemoji", "smile---a-gemoji"),
        ("Привет non-latin 你好", "привет-non-latin-你好"),
        ("Ǆemal Ⅻ ² ½", "ǆemal-ⅻ--"),
        ("Café au lait: why?", "café-au-lait-why"),
        ("What's 1 + 1?", "whats-1--1"),
        ("Sleep\tand\u{00A0}naps", "sleepandnaps"),
    ])
    func slugOfOneHeading(text: String, slug: String) {
        var slugger = GitHubSlugger()
        #expect(slugger.slug(text) == slug)
    }

    @Test func asciiTextSlugsAsTheUnicodeRulesSay() {
        let ascii = String(String.UnicodeScalarView((0..<128).map { Unicode.Scalar(UInt8($0)) }))
        #expect(GitHubSlugger.slugBase(ascii) == "--0123456789abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz")
        // A letter beyond ASCII sends the text through the Unicode rules, where it adds only itself.
        #expect(GitHubSlugger.slugBase(ascii + "\u{E9}") == GitHubSlugger.slugBase(ascii) + "\u{E9}")
    }

    /// The slug base is made scalar by scalar; the rule it follows lowercases the whole text
    /// first. Random text from letters with unusual lowercase forms (the Kelvin sign, dotted
    /// İ, final sigma, ǅ), marks, numbers, punctuation and spaces gives the same slugs.
    @Test func scalarByScalarSlugsAsTheWholeTextLowercased() {
        var generator = LinearCongruential(state: 11)
        let pieces = ["A", "z", "0", " ", "-", "_", ".", "\u{212A}", "\u{130}", "Σ", "σ", "ς", "ΑΣ", "\u{1C5}", "É", "e\u{301}",
                      "–", "’", "ß", "Ⅻ", "²", "½", "😄", "你", "\u{A0}", "\t", "Ǆ", "ﬁ", "İstanbul", "ΟΔΟΣ"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(GitHubSlugger.slugBase(text) == Self.referenceSlugBase(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The rule as first written: the whole text lowercased, then each scalar kept or not.
    private static func referenceSlugBase(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.append("-")
            } else if scalar == "-" || scalar.properties.isAlphabetic {
                slug.append(scalar)
            } else {
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .nonspacingMark, .spacingMark, .enclosingMark,
                     .decimalNumber, .letterNumber, .connectorPunctuation, .surrogate:
                    slug.append(scalar)
                default:
                    break
                }
            }
        }
        return String(slug)
    }

    @Test func repeatsGetNumberedSuffixes() {
        var slugger = GitHubSlugger()
        #expect(["golf", "golf", "golf"].map { slugger.slug($0) } == ["golf", "golf-1", "golf-2"])
    }

    @Test func slugThatEqualsAnEarlierSuffixedSlugIsNumberedToo() {
        var slugger = GitHubSlugger()
        let slugs = ["x", "x", "x-1"].map { slugger.slug($0) }
        #expect(slugs == ["x", "x-1", "x-1-1"])
    }

    @Test func github_sluggerRepetitionFixture() {
        var slugger = GitHubSlugger()
        let slugs = ["echo", "echo", "echo 1", "echo-1", "echo"].map { slugger.slug($0) }
        #expect(slugs == ["echo", "echo-1", "echo-1-1", "echo-1-2", "echo-2"])
    }

    @Test func suffixedSlugWrittenBeforeItsBase() {
        var slugger = GitHubSlugger()
        let slugs = ["foxtrot-1", "foxtrot", "foxtrot"].map { slugger.slug($0) }
        #expect(slugs == ["foxtrot-1", "foxtrot", "foxtrot-2"])
    }

    @Test func emptyHeadingsGetEmptyThenNumberedSlugs() {
        var slugger = GitHubSlugger()
        #expect(["", "!!!", ""].map { slugger.slug($0) } == ["", "-1", "-2"])
    }
}

/// A fixed-seed generator for the random texts (this test target does without `TestSupport`).
private struct LinearCongruential: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
