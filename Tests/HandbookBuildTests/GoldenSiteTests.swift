import Foundation
import HandbookBuild
import HandbookModel
import Testing

/// Builds each fixture site and compares the whole output tree with the expected files.
/// `RECORD_SNAPSHOTS=1 swift test` re-records them.
@Suite struct GoldenSiteTests {
    @Test(arguments: ["basic", "cross-references"])
    func buildsTheExpectedTree(fixture: String) throws {
        let output = Fixtures.temporaryFolder() + "/public"
        let result = BuildPipeline().run(BuildOptions(root: Fixtures.site(fixture), output: output))
        #expect(result.diagnostics == [])
        if Fixtures.recording { Fixtures.replaceTree(Fixtures.expected(fixture), with: output) }
        let actual = Fixtures.tree(output)
        let expected = Fixtures.tree(Fixtures.expected(fixture))
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(actual[path] == data, "\(path) differs from the expected file")
        }
    }

    @Test func buildingTwiceGivesIdenticalTrees() {
        let first = Fixtures.temporaryFolder() + "/public"
        let second = Fixtures.temporaryFolder() + "/public"
        _ = BuildPipeline().run(BuildOptions(root: Fixtures.site("basic"), output: first))
        _ = BuildPipeline().run(BuildOptions(root: Fixtures.site("basic"), output: second))
        let a = Fixtures.tree(first), b = Fixtures.tree(second)
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func everyInternalURLLivesUnderTheBasePath() throws {
        let output = Fixtures.temporaryFolder() + "/public"
        let result = BuildPipeline().run(BuildOptions(root: Fixtures.site("basic"), output: output,
                                                      baseURL: BaseURL("https://example.org/handbook/")))
        #expect(result.succeeded)
        for (path, data) in Fixtures.tree(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for url in HTMLAttributes.urls(in: html) where !url.hasPrefix("#") && !url.hasPrefix("https://example.org/handbook/") {
                #expect(url.hasPrefix("/handbook/"), "\(path): '\(url)' is not under /handbook/")
                let target = String(url.dropFirst("/handbook/".count).prefix { $0 != "#" })
                let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                #expect(FileManager.default.fileExists(atPath: output + "/" + file), "\(path): '\(url)' does not resolve")
            }
        }
    }
}

/// The values of `href` and `src` attributes in a page.
enum HTMLAttributes {
    static func urls(in html: String) -> [String] {
        var result: [String] = []
        for attribute in [" href=\"", " src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let value = rest[start.upperBound...].prefix { $0 != "\"" }
                result.append(String(value).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[start.upperBound...]
            }
        }
        return result
    }
}
