import Foundation
@testable import HandbookBuild
import HandbookModel
import Testing

/// Links found without making strings (plain ASCII, under the base path, naming a file byte for
/// byte) must give what checking them as strings gives.
@Suite struct TemplateLinkCheckerTests {
    private static let paths = ["index.html", "tips/play/index.html", "a&b/index.html", "café/index.html",
                                "images/a b.png", "assets/style.css", "K/index.html"]

    private func broken(_ links: [String], basePath: String = "/h/", alreadyReported: Set<String> = [],
                        paths: [String] = Self.paths) -> [String] {
        let html = links.map { "<a href=\"\($0)\">x</a> <img src=\"\($0)\">" }.joined(separator: "\n")
        return TemplateLinkChecker.missingTargets(in: OutputFile("page/index.html", html), paths: OutputPaths(paths),
                                                  basePath: basePath).filter { !alreadyReported.contains($0) }
    }

    /// The rule as strings, for each link (twice: once as `href`, once as `src`).
    private func expected(_ links: [String], basePath: String = "/h/", alreadyReported: Set<String> = [],
                          paths: [String] = Self.paths) -> [String] {
        links.map { $0.replacingOccurrences(of: "&amp;", with: "&") }.flatMap { url -> [String] in
            guard url.hasPrefix(basePath), !url.hasPrefix("//"), !alreadyReported.contains(url),
                  !Set(paths).contains(TemplateLinkChecker.target(of: url, basePath: basePath)) else { return [] }
            return [url, url]
        }
    }

    @Test func findsTheSameBrokenLinksAsStringsDo() {
        let links = ["/h/", "/h/tips/play/", "/h/tips/play/#x", "/h/tips/play/?q=1", "/h/tips/play", "/h/tips/",
                     "/h/a&amp;b/", "/h/a&b/", "/h/a&amp;amp;b/", "/h/caf%C3%A9/", "/h/café/", "/h/cafe\u{301}/",
                     "/h/images/a%20b.png", "/h/images/a b.png", "/h/images/a%2", "/h/assets/style.css#",
                     "/h/\u{212A}/", "/h/K/", "/h/k/", "/other/", "//h/", "https://example.org/h/", "", "#x",
                     "/h/tips/play/\r\n", "/h", "/h/%", "/h/?x", "/h/#",
                     "/h/index.html", "/h/tips/play/index.html", "/h/tips/play/index.htm", "/h/assets/style.cs"]
        #expect(broken(links) == expected(links))
        #expect(broken(links, basePath: "/") == expected(links, basePath: "/"))
        #expect(broken(links, basePath: "") == expected(links, basePath: ""))
        #expect(broken(links, basePath: "/hé/") == expected(links, basePath: "/hé/"))
        #expect(broken(links, alreadyReported: ["/h/tips/", "/h/a&amp;amp;b/"])
            == expected(links, alreadyReported: ["/h/tips/", "/h/a&amp;amp;b/"]))
        #expect(broken(["/h/tips/", "/h/tips/play/"]) == ["/h/tips/", "/h/tips/"])
    }

    @Test func findsPathsAmongMany() {
        let paths = (0..<5000).map { "part-\($0 % 7)/page-\($0)/index.html" }
        let links = (0..<5100).map { "/h/part-\($0 % 7)/page-\($0)/" }
        let found = broken(links, paths: paths)
        #expect(found == (5000..<5100).flatMap { ["/h/part-\($0 % 7)/page-\($0)/", "/h/part-\($0 % 7)/page-\($0)/"] })
    }

    @Test func scansHrefAndSrcValuesOnly() {
        let html = ##"<a href="/a?x=1&amp;y=2" data-href="/no" xsrc="/no"> src="/b" href="c"d" <img src="/end"##
        #expect(HTMLLinkScanner.urls(in: html) == ["/a?x=1&y=2", "/b", "c", "/end"])
        #expect(HTMLLinkScanner.urls(in: ##" href="" src="é"##) == ["", "é"])
        #expect(HTMLLinkScanner.urls(in: "href=\"/x\" src=\"") == [""])
        #expect(HTMLLinkScanner.urls(in: "href=\"/x\" src=") == [])
        #expect(HTMLLinkScanner.urls(in: "") == [])
    }

    @Test func passesOverPagesThatAreNotHTML() {
        #expect(TemplateLinkChecker.missingTargets(in: OutputFile("a.css", ##" href="/nowhere""##), paths: OutputPaths([]), basePath: "/") == [])
        #expect(TemplateLinkChecker.missingTargets(in: OutputFile("a.html", ##" href="/nowhere""##), paths: OutputPaths([]), basePath: "/") == ["/nowhere"])
    }
}
