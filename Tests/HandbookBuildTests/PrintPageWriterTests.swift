import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

@Suite struct PrintPageWriterTests {
    private let rewriter = PrintChapterRewriter(chapterNumbers: ["/": 1, "/tips/play/": 2, "/glossary/": 3])

    @Test func putsTheGlossaryAndTheSourcesLast() {
        #expect(PrintPageWriter.order(["index.md", "glossary/index.md", "sources.md", "tips/play.md", "about.md"])
            == ["index.md", "tips/play.md", "about.md", "glossary/index.md", "sources.md"])
        #expect(PrintPageWriter.order(["index.md", "about.md"]) == ["index.md", "about.md"])
    }

    @Test func prefixesEveryIdAndEveryReferenceToOne() {
        let html = ##"<h2 id="peek">Peek</h2><p><a class="glossary-term" href="/glossary/#bonding" aria-describedby="gt-bonding">bonding</a><span class="glossary-tip" role="tooltip" id="gt-bonding">Closeness.</span><sup class="citation"><a href="#ref-1" id="cite-1" aria-label="Source 1">1</a></sup></p>"##
        #expect(rewriter.rewriteText(html, chapter: 2) == ##"<h3 id="c2-peek">Peek</h3><p><a class="glossary-term" href="#c3-bonding" aria-describedby="c2-gt-bonding">bonding</a><span class="glossary-tip" role="tooltip" id="c2-gt-bonding">Closeness.</span><sup class="citation"><a href="#ref-1" id="c2-cite-1" aria-label="Source 1">1</a></sup></p>"##
            .replacingOccurrences(of: "#ref-1", with: "#c2-ref-1"))
    }

    @Test func pointsLinksToPagesAtTheirChapters() {
        #expect(rewriter.rewriteText(##"<a href="/tips/play/">Play</a> <a href="/tips/play/#peek">peek</a> <a href="/">home</a>"##, chapter: 3)
            == ##"<a href="#chapter-2">Play</a> <a href="#c2-peek">peek</a> <a href="#chapter-1">home</a>"##)
    }

    @Test func leavesOtherLinksAndAttributesAlone() {
        let html = ##"<a href="https://example.org/x#y">x</a> <img src="/images/a.png" alt="id=&quot;x&quot;"> <a href="/images/a.png">a</a> <p data-id="x">id="y"</p>"##
        #expect(rewriter.rewriteText(html, chapter: 1) == html)
    }

    @Test func movesHeadingsOneLevelDown() {
        #expect(rewriter.rewriteText("<h1>a</h1><h2 class=\"x\">b</h2><h5>c</h5><h6>d</h6><hr><header>e</header>", chapter: 1)
            == "<h2>a</h2><h3 class=\"x\">b</h3><h6>c</h6><h6>d</h6><hr><header>e</header>")
    }

    @Test func numbersTheChapters() {
        let writer = PrintPageWriter(chapterURLs: ["/", "/b/"])
        let chapters = PrintPageWriter.values([
            writer.chapter(title: "Home", url: "/", reviewed: "2026-01-02", reviewedText: "2 January 2026", html: ##"<a href="/b/">b</a>"##),
            writer.chapter(title: "B", url: "/b/", reviewed: "2026-01-03", reviewedText: "3 January 2026", html: ##"<h2 id="x">x</h2>"##),
        ])
        #expect(chapters.map { $0.child(named: "id") as? String } == ["chapter-1", "chapter-2"])
        #expect(chapters.map { $0.child(named: "titleID") as? String } == ["chapter-1-title", "chapter-2-title"])
        #expect(chapters.map { $0.child(named: "content") as? String } == [##"<a href="#chapter-2">b</a>"##, ##"<h3 id="c2-x">x</h3>"##])
    }

    @Test func theBuildWritesOnePageWithUniqueIdsAndWorkingAnchors() throws {
        let site = Fixtures.copyOfSite("cross-references")
        try Self.printTemplate.write(toFile: site + "/templates/print.mustache", atomically: true, encoding: .utf8)
        try Self.chapterTemplate.write(toFile: site + "/templates/print-chapter.mustache", atomically: true, encoding: .utf8)
        let output = Fixtures.temporaryFolder() + "/public"
        let result = BuildPipeline().run(BuildOptions(root: site, output: output))
        #expect(result.diagnostics == [])
        let html = try String(contentsOfFile: output + "/print/index.html", encoding: .utf8)
        let ids = Self.values(of: "id", in: html)
        #expect(Set(ids).count == ids.count, "repeated ids: \(ids)")
        for href in Self.values(of: "href", in: html) where href.hasPrefix("#") {
            #expect(ids.contains(String(href.dropFirst())), "\(href) has no target")
        }
        let titles = Self.values(of: "data-title", in: html)
        #expect(titles == ["Home", "Attachment", "Quiet", "Glossary", "Sources"])
        #expect(html.contains(##"id="c4-skin-to-skin-contact""##))
    }

    @Test func sitesWithoutPrintTemplatesGetNoPrintPage() {
        let output = Fixtures.temporaryFolder() + "/public"
        _ = BuildPipeline().run(BuildOptions(root: Fixtures.site("cross-references"), output: output))
        #expect(!FileManager.default.fileExists(atPath: output + "/print/index.html"))
    }

    static let printTemplate = """
        <!DOCTYPE html><html lang="{{site.language}}"><head><title>{{page.title}}</title></head><body><main>
        {{#chapters}}<section id="{{id}}" data-title="{{title}}"><h2 id="{{titleID}}">{{title}}</h2>{{{content}}}</section>
        {{/chapters}}</main></body></html>

        """
    static let chapterTemplate = "{{{page.content}}}{{> glossary-list}}{{> sources-list}}{{> references}}\n"

    /// The values of an attribute, in document order.
    static func values(of attribute: String, in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let start = rest.range(of: " \(attribute)=\"") {
            let value = rest[start.upperBound...].prefix { $0 != "\"" }
            result.append(String(value))
            rest = rest[start.upperBound...]
        }
        return result
    }
}

@Suite struct PrintPageAssemblyTests {
    @Test func putsEachChapterAtItsMarker() {
        let shell = PrintPageAssembly(shell: "<main>" + PrintPageAssembly.marker(1) + "<hr>" + PrintPageAssembly.marker(12) + "</main>")
        #expect(String(decoding: shell.page([1: Array("<p>é</p>".utf8), 12: Array("<p>b</p>".utf8)]), as: UTF8.self)
            == "<main><p>é</p><hr><p>b</p></main>")
        #expect(String(decoding: PrintPageAssembly(shell: "no markers").page([:]), as: UTF8.self) == "no markers")
    }
}
