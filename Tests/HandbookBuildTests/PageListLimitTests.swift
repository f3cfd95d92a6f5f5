import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// The glossary page lists at most `page_list_limit` pages under a term, and the sources page
/// under a source; a longer list ends with how many more there are (for a term, a link to a
/// search for it).
@Suite struct PageListLimitTests {
    /// The `cross-references` fixture with `extra` in its configuration, its lists written through
    /// `mentionsHTML` and `citedByHTML` (with `page-link`), and a search page when `search`.
    static func build(_ extra: String, search: Bool) throws -> (output: String, diagnostics: [Diagnostic]) {
        let site = Fixtures.copyOfSite("cross-references")
        func write(_ text: String, _ path: String) throws {
            try text.write(toFile: site + "/" + path, atomically: true, encoding: .utf8)
        }
        let configuration = try String(contentsOfFile: site + "/handbook.yml", encoding: .utf8)
        try write(configuration + extra, "handbook.yml")
        try write("{{#glossary}}<p id=\"{{slug}}\">{{{mentionsHTML}}} ({{mentionsLeftOut}})</p>\n{{/glossary}}",
                  "templates/glossary-list.mustache")
        try write("{{#sources}}<p id=\"{{key}}\">{{{citedByHTML}}} ({{citedByLeftOut}})</p>\n{{/sources}}",
                  "templates/sources-list.mustache")
        try write("<a href=\"{{url}}\">{{title}}</a>{{^isLast}}, {{/isLast}}", "templates/page-link.mustache")
        if search { try write("<title>Search</title>", "templates/search.mustache") }
        let output = Fixtures.temporaryFolder() + "/public"
        return (output, BuildPipeline().run(BuildOptions(root: site, output: output)).diagnostics)
    }

    static func line(_ id: String, in page: String) throws -> String {
        let html = try String(contentsOfFile: page, encoding: .utf8)
        let start = try #require(html.range(of: "<p id=\"\(id)\">"))
        return String(html[start.upperBound...].prefix { $0 != "\n" })
    }

    @Test func aLongListShowsTheFirstPagesAndCountsTheRest() throws {
        let (output, diagnostics) = try Self.build("page_list_limit: 1\n", search: true)
        #expect(diagnostics.filter { $0.severity == .error } == [])
        let glossary = output + "/glossary/index.html"
        // Home and Attachment use "attachment": Home comes first in reading order.
        #expect(try Self.line("attachment", in: glossary) == "<a href=\"/\">Home</a>, and "
            + "<a href=\"/search/?q=attachment\">1 more page using “attachment”</a> (1)</p>")
        #expect(try Self.line("secure-base", in: glossary) == "<a href=\"/attachment/\">Attachment</a> (0)</p>")
        // A source's list counts the rest, with no link: search does not list a source's pages.
        #expect(try Self.line("robinson-2018", in: output + "/sources/index.html")
            == "<a href=\"/attachment/\">Attachment</a>, and 1 more page (1)</p>")
    }

    @Test func withoutASearchPageTheCountIsNotALink() throws {
        let (output, _) = try Self.build("page_list_limit: 1\n", search: false)
        #expect(try Self.line("attachment", in: output + "/glossary/index.html") == "<a href=\"/\">Home</a>, and 1 more page (1)</p>")
    }

    @Test func listsWithinTheLimitAreWhole() throws {
        let (output, _) = try Self.build("", search: true)
        #expect(try Self.line("attachment", in: output + "/glossary/index.html")
            == "<a href=\"/\">Home</a>, <a href=\"/attachment/\">Attachment</a> (0)</p>")
    }

    @Test func theLimitIsReadFromTheConfiguration() {
        let parse = ConfigurationParser.parseWithTitleAndBaseURL
        #expect(parse("").0?.pageListLimit == 50)
        #expect(parse("page_list_limit: 1\n").0?.pageListLimit == 1)
        #expect(parse("page_list_limit: 0\n").1.map(\.description)
            == ["handbook.yml:3:1: error: 'page_list_limit' must be a whole number of pages, 1 or more"])
        #expect(parse("page_list_limit: 2.5\n").1.map(\.code) == [.invalidConfig])
        #expect(parse("page_list_limit: all\n").1.map(\.code) == [.wrongType])
    }

    @Test func theCountLinksToASearchForTheTermWithItsCharactersEncoded() {
        #expect(CrossReferenceContext.more(0, term: "a", search: "/s/") == "")
        #expect(CrossReferenceContext.more(2, term: "skin & <touch>", search: "/s/?q=" + URLEncoding.encodeQueryValue("skin & <touch>"))
            == ", and <a href=\"/s/?q=skin%20%26%20%3Ctouch%3E\">2 more pages using “skin &amp; &lt;touch&gt;”</a>")
    }
}
