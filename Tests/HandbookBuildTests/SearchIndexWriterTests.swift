import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

@Suite struct SearchIndexWriterTests {
    @Test func foldsWordsAsTheScriptDoes() {
        #expect(SearchWords.words(in: "Your baby’s skin-to-skin time: Café, naïve; 2 CUES!")
            == ["your", "babys", "skin", "to", "skin", "time", "cafe", "naive", "2", "cues"])
        #expect(SearchWords.words(in: "  \n") == [])
    }

    @Test func keepsEachWordOnceUpToTheLimit() {
        #expect(SearchWords.distinctWords(in: "a b a c b d", limit: 10) == ["a", "b", "c", "d"])
        #expect(SearchWords.distinctWords(in: "a b a c b d", limit: 2) == ["a", "b"])
    }

    @Test func aPageKeepsItsSectionHeadingsAndDistinctWords() {
        let page = SearchIndexWriter().page(
            title: "Play", url: "/tips/play/", description: "Games.",
            headings: [(2, "Peek-a-boo", "peek-a-boo"), (3, "Why it works", "why-it-works"), (5, "Deep", "deep")],
            text: "Play is play. Babies love it.")
        #expect(page.headings == [["Peek-a-boo", "peek-a-boo"], ["Why it works", "why-it-works"]])
        #expect(page.words == "play is babies love it")
    }

    @Test func theIndexPutTogetherFromFragmentsIsTheWholeIndexEncoded() {
        let writer = SearchIndexWriter()
        let pages = (0..<3).map { number in
            SearchIndex.Page(title: "Page “\(number)” / <b>", url: "/p\(number)/", description: "Line\nbreak \\ \"quote\" é 👶",
                             headings: number == 0 ? [] : [["H", "h"]], words: "a b")
        }
        let terms = [SearchIndex.Term(term: "secure base", aliases: ["base"], url: "/glossary/#secure-base",
                                      shortDefinition: "A safe place.", pages: [0, 2])]
        #expect(writer.jsonPieces(pageFragments: pages.map { writer.fragment($0) }, termsFragment: writer.fragment(terms)).joined()
            == writer.json(SearchIndex(pages: pages, terms: terms)))
        #expect(writer.jsonPieces(pageFragments: [], termsFragment: writer.fragment([SearchIndex.Term]())).joined()
            == writer.json(SearchIndex(pages: [], terms: [])))
    }

    /// A page's entry is written by hand; it must be the bytes the encoder writes, escapes and all.
    @Test func aPageEntryIsWhatTheEncoderWrites() {
        let writer = SearchIndexWriter()
        func encoded<Value: Encodable>(_ value: Value) -> String { writer.fragment(value) }
        let everyControl = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let pages = [
            SearchIndex.Page(title: "", url: "", description: "", headings: [], words: ""),
            SearchIndex.Page(title: "Tabs\tand \"quotes\" \\ / é 👶 \u{2028} \u{7F}", url: "/a b/?q=1&r=2#x",
                             description: everyControl + "end", headings: [["H\n1", "h-1"], ["", everyControl]],
                             words: "naïve cafe 2"),
        ]
        for page in pages {
            #expect(writer.fragment(page) == encoded(page))
        }
    }

    /// Stretches with nothing to escape are passed over eight bytes at a time: an escape at each
    /// place in a stretch, beside bytes outside ASCII, is still written as the encoder writes it.
    @Test func escapesAtEveryPlaceInAStretch() {
        let writer = SearchIndexWriter()
        func encoded<Value: Encodable>(_ value: Value) -> String { writer.fragment(value) }
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "é", "\u{7F}", " ", "!", "#", "[", "]"] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + "é😀" + String(repeating: "b", count: 19 - offset)
                let page = SearchIndex.Page(title: text, url: special + text, description: text + special,
                                            headings: [[text]], words: text)
                #expect(writer.fragment(page) == encoded(page), "\(text.debugDescription)")
            }
        }
    }

    /// The glossary's terms are written by hand too; they must be the encoder's bytes.
    @Test func theTermsAreWhatTheEncoderWrites() {
        let writer = SearchIndexWriter()
        func encoded<Value: Encodable>(_ value: Value) -> String { writer.fragment(value) }
        let everyControl = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let termLists = [
            [],
            [SearchIndex.Term(term: "", aliases: [], url: "", shortDefinition: "", pages: [])],
            [SearchIndex.Term(term: "secure \"base\" \\ / é 👶", aliases: ["a", everyControl, ""],
                              url: "/glossary/#secure-base", shortDefinition: "Line\nbreak\t\u{2028}", pages: [0, 7, 12_345]),
             SearchIndex.Term(term: "b", aliases: ["c"], url: "/g/#b", shortDefinition: "d", pages: [Int.max])],
        ]
        for terms in termLists {
            #expect(writer.fragment(terms) == encoded(terms))
        }
    }

    /// The word list checks each ASCII word against those written before by its bytes: many
    /// distinct words (its table grows), long words that differ only after eight bytes, and
    /// words that differ only in length.
    @Test func keepsEachOfManyWordsOnce() {
        var words = (0..<5_000).map { "w\($0)" }
        words += (0..<300).map { "longwordsharingaprefix\($0)" } + ["abcdefgh", "abcdefghi", "abcdefg", "a", "ab"]
        words += ["Café", "cafe", "café", "naïve", "naive"]
        let text = (words + words.reversed() + words).joined(separator: " ")
        #expect(SearchWords.distinctWords(in: text, limit: 100_000)
            == TextFoldingReference.distinctSearchWords(in: text, limit: 100_000))
        #expect(SearchWords.distinctWords(in: text, limit: 4_000)
            == TextFoldingReference.distinctSearchWords(in: text, limit: 4_000))
    }

    @Test func writesCompactJSONWithShortSortedKeys() {
        let index = SearchIndex(
            pages: [SearchIndex.Page(title: "Play", url: "/tips/play/", description: "Games.",
                                     headings: [["Peek", "peek"]], words: "play")],
            terms: [SearchIndex.Term(term: "secure base", aliases: ["secure bases"], url: "/glossary/#secure-base",
                                     shortDefinition: "A safe place.", pages: [0])])
        #expect(SearchIndexWriter().json(index) == """
            {"g":[{"a":["secure bases"],"d":"A safe place.","p":[0],"t":"secure base","u":"/glossary/#secure-base"}],\
            "p":[{"d":"Games.","h":[["Peek","peek"]],"t":"Play","u":"/tips/play/","w":"play"}],"v":1}

            """)
    }

    @Test func warnsOnlyWhenTheIndexIsOverBudget() throws {
        let writer = SearchIndexWriter()
        #expect(writer.budgetWarning(size: 100, budget: 100) == nil)
        let warning = try #require(writer.budgetWarning(size: 101, budget: 100))
        #expect(warning.severity == .warning)
        #expect(warning.code == .searchIndexBudget)
        #expect(warning.location.file == "handbook.yml")
    }

    @Test func readsTheBudgetFromTheConfiguration() {
        let parse = ConfigurationParser.parseWithTitleAndBaseURL
        #expect(parse("").0?.searchIndexBudget == 300_000)
        #expect(parse("search_index_budget: 1234\n").0?.searchIndexBudget == 1234)
        #expect(parse("search_index_budget: 1234\n").1 == [])
        #expect(parse("search_index_budget: 0\n").1.map(\.description)
            == ["handbook.yml:3:1: error: 'search_index_budget' must be a whole number of bytes above 0"])
        #expect(parse("search_index_budget: 2.5\n").1.map(\.code) == [.invalidConfig])
    }

    @Test func theBuildWritesTheIndexAndTheSearchPageWhenTheTemplatesHaveOne() throws {
        let site = Fixtures.copyOfSite("cross-references")
        try Self.searchTemplate.write(toFile: site + "/templates/search.mustache", atomically: true, encoding: .utf8)
        let output = Fixtures.temporaryFolder() + "/public"
        let result = BuildPipeline().run(BuildOptions(root: site, output: output))
        #expect(result.diagnostics == [])
        let data = try #require(FileManager.default.contents(atPath: output + "/search-index.json"))
        let index = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let pages = try #require(index["p"] as? [[String: Any]])
        #expect(pages.map { $0["u"] as? String } == ["/", "/attachment/", "/quiet/", "/glossary/", "/sources/"])
        let glossaryWords = (pages[3]["w"] as? String ?? "").split(separator: " ")
        #expect(glossaryWords.contains("chest"), "the glossary page's words include the definitions")
        let terms = try #require(index["g"] as? [[String: Any]])
        let skin = try #require(terms.first { $0["t"] as? String == "skin-to-skin contact" })
        #expect(skin["u"] as? String == "/glossary/#skin-to-skin-contact")
        #expect(skin["d"] as? String == "Holding your baby bare chest to bare chest.")
        let searchPage = try String(contentsOfFile: output + "/search/index.html", encoding: .utf8)
        #expect(searchPage.contains("<h1>Search</h1>"))
        #expect(searchPage.contains("https://example.org/search/"))
    }

    @Test func theBuildWarnsWhenTheIndexIsOverTheBudget() throws {
        let site = Fixtures.copyOfSite("cross-references")
        try Self.searchTemplate.write(toFile: site + "/templates/search.mustache", atomically: true, encoding: .utf8)
        let configuration = try String(contentsOfFile: site + "/handbook.yml", encoding: .utf8)
        try (configuration + "search_index_budget: 100\n").write(toFile: site + "/handbook.yml", atomically: true, encoding: .utf8)
        let result = BuildPipeline().run(BuildOptions(root: site, output: Fixtures.temporaryFolder() + "/public"))
        #expect(result.succeeded)
        #expect(result.diagnostics.map(\.code) == [.searchIndexBudget])
    }

    @Test func sitesWithoutASearchTemplateGetNoIndex() {
        let output = Fixtures.temporaryFolder() + "/public"
        _ = BuildPipeline().run(BuildOptions(root: Fixtures.site("cross-references"), output: output))
        #expect(!FileManager.default.fileExists(atPath: output + "/search-index.json"))
        #expect(!FileManager.default.fileExists(atPath: output + "/search/index.html"))
    }

    static let searchTemplate = """
        <!DOCTYPE html><html lang="{{site.language}}"><head><title>{{page.title}}</title>
        <link rel="canonical" href="{{page.canonicalURL}}"></head>
        <body><main><h1>{{page.title}}</h1></main></body></html>

        """
}
