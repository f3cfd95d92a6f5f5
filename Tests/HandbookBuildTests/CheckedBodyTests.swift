import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing
import Mustache
import TestSupport

/// The link check of a rendered page passes over its body, whose links the link stage checked:
/// it must find what it found reading the whole page, whatever the body and the template.
@Suite struct CheckedBodyTests {
    private static let paths = OutputPaths(["index.html", "tips/index.html"])

    private func missing(_ html: String, skipping checked: [Range<Int>] = []) -> [String] {
        TemplateLinkChecker.missingTargets(inHTML: html, skipping: checked, paths: Self.paths, basePath: "/")
    }

    @Test func theBodyIsPassedOverAndTheRestReadAsBefore() {
        let before = #"<a href="/gone/">x</a><p><a href="/tips/">t</a></p>"#
        let body = #"<p><a href="/also-gone/">y</a> <img src="/tips/"></p>"#
        let after = #"<a href="/late/">z</a><img src="/index.html">"#
        let html = before + body + after
        let range = before.utf8.count..<before.utf8.count + body.utf8.count
        #expect(missing(html) == ["/gone/", "/also-gone/", "/late/"])
        #expect(missing(html, skipping: [range]) == ["/gone/", "/late/"])
        #expect(missing(before + body + after + body, skipping: [range, html.utf8.count..<html.utf8.count + body.utf8.count])
            == ["/gone/", "/late/"])
    }

    /// A template that writes the body inside an attribute: the value cut by the body is read
    /// whole, with the rest of the page, as if nothing were passed over.
    @Test func aValueTheBodyCutsIsReadWhole() {
        let before = #"<a href="/ok/">x</a><a href="/tips/"#
        let body = #"<b href="/inner/">"#
        let after = #"">y</a><a href="/late/">"#
        let html = before + body + after
        let range = before.utf8.count..<before.utf8.count + body.utf8.count
        #expect(missing(html, skipping: [range]) == missing(html))
        #expect(missing(html).contains(#"/tips/<b href="#))
    }

    /// Random pages of whole tags and text, in three parts: passing over the middle one finds
    /// the links of the other two.
    @Test func randomPagesFindTheLinksOutsideTheBody() {
        var generator = SeededGenerator(seed: 7)
        let pieces = [#"<a href="/gone/">"#, #"<img src="/tips/">"#, #"<a href="/x/">"#, "text ", "<p>", "</p>\n",
                      #" src="/index.html""#, #"<a href="https://example.org/">"#, "é ", #"<a href="/tips/#a">"#]
        for _ in 0..<500 {
            let parts = (0..<3).map { _ in (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
            let html = parts.joined()
            let range = parts[0].utf8.count..<parts[0].utf8.count + parts[1].utf8.count
            let outside = missing(parts[0]) + missing(parts[2])
            #expect(missing(html, skipping: [range]) == outside)
        }
    }

    @Test func theBodyIsMarkedByIdentityNotByText() {
        let body = String(repeating: "<p>body</p>\n", count: 3)
        let copy = String(decoding: Array(body.utf8), as: UTF8.self)
        var output = BodyMarkingOutput("", body: body)
        output.write("<main>")
        output.write(copy)
        output.write(body)
        output.write("</main>")
        #expect(output.bodyRanges == [6 + body.utf8.count..<6 + 2 * body.utf8.count])
        #expect(output.base == "<main>" + body + body + "</main>")
        var short = BodyMarkingOutput("", body: "<p>hi</p>")
        short.write("<p>hi</p>")
        #expect(short.bodyRanges.isEmpty)
    }

    /// Through the whole pipeline: the body is passed over only when raw HTML is not allowed;
    /// with raw HTML allowed, a raw link in the body is still checked.
    @Test func rawLinksInTheBodyAreStillChecked() {
        let page = "---\ntitle: H\ndescription: d\nreviewed: 2026-01-01\n---\n\n"
            + "See [a missing page](missing.md) and <a href=\"/nowhere/\">this</a>, with more text to make a long body.\n"
        for raw in [false, true] {
            let files = MemorySite.basics().merging([
                "/s/handbook.yml": "title: T\nbase_url: https://example.org/\nallow_raw_html: \(raw)\n",
                "/s/templates/page.mustache": "<main>{{{page.content}}}</main><a href=\"/gone/\">x</a>",
                "/s/content/SUMMARY.md": "- [Home](index.md)\n",
                "/s/content/index.md": page,
            ]) { _, own in own }
            let result = MemorySite.build(files)
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
            #expect(errors.contains { $0.contains("'missing.md', which does not exist") })
            #expect(errors.contains { $0.contains("a template links to '/gone/'") })
            #expect(errors.contains { $0.contains("a template links to '/nowhere/'") } == raw)
            #expect(errors.count == (raw ? 3 : 2))
        }
    }

    /// The library marks the body where a compiled template writes it unescaped and whole, as
    /// bytes and as text; nowhere when swift-mustache renders the template.
    @Test func theLibraryMarksTheBodyWhereTheTemplateWritesIt() throws {
        let body = "<p>" + String(repeating: "words ", count: 10) + "</p>\n"
        let texts = ["page": "<main>{{{body}}}</main>{{body}}{{{body}}}", "lambda": "<main>{{{body}}}</main>{{lambda}}"]
        let library = MustacheLibrary(templates: try texts.mapValues { try MustacheTemplate(string: $0) })
        let templates = TemplateLibrary(library: library, texts: texts)
        let values: [String: Any] = ["body": body, "lambda": MustacheLambda { "x" }]
        let first = 6..<6 + body.utf8.count
        let escaped = HTMLText.escape(body).utf8.count
        let second = first.upperBound + 7 + escaped..<first.upperBound + 7 + escaped + body.utf8.count
        let data = try #require(templates.renderData(values, withTemplate: "page", marking: body))
        #expect(data.body == [first, second])
        #expect(data.data == templates.renderData(values, withTemplate: "page")?.data)
        let text = try #require(templates.render(values, withTemplate: "page", marking: body))
        #expect(text.body == [first, second])
        #expect(text.text == templates.render(values, withTemplate: "page"))
        #expect(templates.render(values, withTemplate: "lambda", marking: body)?.body == [])
    }
}
