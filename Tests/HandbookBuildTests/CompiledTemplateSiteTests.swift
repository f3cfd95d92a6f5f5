import Foundation
@testable import HandbookBuild
import HandbookModel
import Mustache
import Testing

/// The repository's templates and the fixture sites' render the same compiled as through
/// swift-mustache, for the values the build gives each kind of page.
@Suite struct CompiledTemplateSiteTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Every folder of templates: the repository's and each fixture site's.
    static var templateFolders: [String] {
        let fixtures = testsFolder.appendingPathComponent("Fixtures").path
        let sites = (try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []
        return [testsFolder.appendingPathComponent("../../templates").standardized.path]
            + sites.sorted().map { fixtures + "/" + $0 + "/site/templates" }
    }

    static func texts(in folder: String) -> [String: String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".mustache") }.reduce(into: [:]) { texts, file in
            texts[String(file.dropLast(".mustache".count))] = try! String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        }
    }

    /// The templates loaded as the build loads them, and the same rendered by swift-mustache only.
    static func templateSets(_ texts: [String: String]) -> (compiled: TemplateSet, library: TemplateSet) {
        let (loaded, diagnostics) = TemplateSet.load(texts.mapValues { SourceFile(displayPath: "templates/x.mustache", text: $0) })
        #expect(diagnostics == [])
        let compiled = loaded!
        return (compiled, TemplateSet(templates: TemplateLibrary(library: compiled.library, texts: [:])))
    }

    /// A content page (with an outline open at it), a home page, the glossary and sources pages,
    /// the print page and the 404 page, with the renderers of `templates`.
    static func pages(for templates: TemplateSet) -> [PageValues] {
        let site = TemplateValuesTests.site
        let outlines = OutlineRenderingTests.outlines(showsEverything: false)
        var content = TemplateValuesTests.contentPage
        content.outline = outlines[3].items
        var home = PageValues(site: site, page: PageFacts(title: "Home & <start>", description: "The \"handbook\"", url: "/h/",
                                                          canonicalURL: "https://example.org/h/", isHome: true, content: "<p>Hi</p>"),
                              outline: OutlineRenderingTests.outlines(showsEverything: true)[0].items,
                              contents: PageValues.Contents(toc: [], breadcrumbs: [], next: PageLink(title: "Next 'one'", url: "/h/n/")))
        home.hasGlossary = false
        let links = [PageLink(title: "Tom & “Jerry”", url: "/h/a/?x=1&y=2", isLast: false),
                     PageLink(title: "<b>", url: "/h/b/", isLast: true)]
        var glossary = content
        glossary.hasGlossary = true
        glossary.glossary = [
            GlossaryItem(slug: "colic", term: "Colic", aliases: ["crying", "fussing"], definition: "<p>Long crying</p>",
                         mentions: RenderedLinks(links: links, site: site, renderer: templates.linkRenderer)),
            GlossaryItem(slug: "reflux", term: "Reflux <GERD>", aliases: [], definition: "",
                         mentions: RenderedLinks(links: [], site: site, renderer: templates.linkRenderer)),
        ]
        var sources = content
        sources.hasSources = true
        sources.sources = [
            SourceItem(key: "aap", entry: "<cite>AAP</cite>", notes: "<p>n</p>",
                       citedBy: RenderedLinks(links: links, site: site, renderer: templates.linkRenderer)),
            SourceItem(key: "who", entry: "WHO", notes: "", citedBy: RenderedLinks(links: [], site: site, renderer: templates.linkRenderer)),
        ]
        var print = PageValues(site: site, page: PageFacts(title: "Print", description: "", url: "/h/print/", isHome: false),
                               outline: outlines[0].items)
        print.chapters = (1...3).map { number in
            PrintPageWriter.ChapterValues(chapter: PrintPageWriter.Chapter(
                number: number, title: "Chapter \(number) & more", url: "/h/c\(number)/", reviewed: "2026-01-0\(number)",
                reviewedText: "\(number) January", html: Array("<p>Chapter \(number)</p>\n".utf8)))
        }
        let notFound = PageValues(site: site, page: PageFacts(title: "Page not found", description: "Gone", url: "/h/404.html",
                                                              isHome: false), outline: outlines[1].items)
        return [content, home, glossary, sources, print, notFound]
    }

    @Test(arguments: templateFolders)
    func everyTemplateRendersAsInSwiftMustache(folder: String) {
        let texts = Self.texts(in: folder)
        #expect(texts.count >= 4, "templates in \(folder)")
        let (compiled, library) = Self.templateSets(texts)
        let pages = Self.pages(for: compiled)
        let expectedPages = Self.pages(for: library)
        for name in texts.keys.sorted() {
            #expect(compiled.templates.isCompiled(name), "\(name) in \(folder) is compiled")
            for (values, expectedValues) in zip(pages, expectedPages) {
                let expected = library.render(expectedValues, with: name)
                #expect(compiled.render(values, with: name) == expected, "\(name) in \(folder)")
                var withOutline = values
                withOutline.outlineHTML = RenderedOutline(items: values.outline, site: values.site, renderer: compiled.outlineRenderer)
                #expect(compiled.templates.renderCompiled(withOutline, withTemplate: name) == expected,
                        "\(name) in \(folder) renders without swift-mustache")
            }
        }
    }

    /// The outline's entries and the link lists' links go through the compiled templates too.
    @Test func outlineEntriesAndLinksRenderCompiled() {
        let (compiled, _) = Self.templateSets(Self.texts(in: Self.templateFolders[0]))
        let site = TemplateValuesTests.site
        let item = OutlineItem(title: "A & B", url: "/a/", isCurrent: true, isOpen: true, children: [])
        #expect(compiled.templates.renderCompiled(item, withTemplate: OutlineRenderer.templateName)
            == #"<li class="is-open"><a href="/a/" aria-current="page">A &amp; B</a></li>"# + "\n")
        let links = RenderedLinks(links: [PageLink(title: "<x>", url: "/x/", isLast: true)], site: site, renderer: compiled.linkRenderer)
        #expect(links.renderText == #"<a href="/x/">&lt;x&gt;</a>"#)
    }
}
