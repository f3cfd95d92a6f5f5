import Dispatch
import Testing
@testable import HandbookMarkdown

/// libcmark-gfm 0.29 edits global tables while it finishes a parse (github/cmark-gfm#176), so
/// the parser fixes those tables before parses overlap (or, where it cannot, serialises them).
/// Many documents parsed and rendered at once must come out exactly as they do one at a time.
@Suite struct ConcurrentParsingTests {
    #if os(Linux)
    /// On Linux the tables are fixed, so the tests below run parses side by side, not one at a
    /// time under the lock.
    @Test func parsesRunSideBySide() {
        #expect(MarkdownParser.parsesInParallel)
    }
    #endif

    private struct Result: Equatable, Sendable {
        var html: String
        var links: [MarkdownLink]
        var footnoteIDs: Set<String>
    }

    /// A document that uses every extension, different for each index. Every other one has no
    /// `www.` link, and is parsed without the autolink extension's `w` in cmark-gfm's tables, while
    /// the others put it in (see `handbook_finish_parse`).
    private static func markdown(_ index: Int) -> String {
        let web = index.isMultiple(of: 2) ? "www." : "https://"
        let body = """
            # Heading \(index)

            Some ~~struck \(index)~~ and ~single~ text, \(web)example\(index % 7).com and https://site\(index).org/p.
            A footnote[^n\(index)] and *emphasis* and <https://angle\(index % 3).org>.

            | col \(index) | b |
            |---|:-:|
            | ~~x~~ | \(web)a\(index).org |

            - [ ] task \(index % 3)
            - [x] done

            > [!\(index % 2 == 0 ? "MYTH" : "TIP")]
            > callout \(index)

            [^n\(index)]: Footnote \(index) with ~~strike~~ and \(web)note.org.
            """
        return body + String(repeating: "\nMore ~~s~~ \(web)x\(index).com [^n\(index)].\n", count: index % 5)
    }

    private static func process(_ index: Int) -> Result {
        let document = MarkdownDocument(parsing: markdown(index))
        var slugger = GitHubSlugger()
        document.setHeadingIDs(document.headings.map { slugger.slug($0.text) })
        return Result(html: document.renderHTML(), links: document.links, footnoteIDs: document.footnoteIDs)
    }

    private let count = 2_000

    @Test func taskGroupMatchesSerialResults() async {
        let serial = (0..<count).map(Self.process)
        let concurrent = await withTaskGroup(of: (Int, Result).self) { group in
            for index in 0..<count {
                group.addTask { (index, Self.process(index)) }
            }
            var results = [Result?](repeating: nil, count: count)
            for await (index, result) in group { results[index] = result }
            return results
        }
        let mismatches = (0..<count).filter { concurrent[$0] != serial[$0] }
        #expect(mismatches.isEmpty, "documents \(mismatches.prefix(10)) differ")
        #expect(serial[1].html.contains("<del>struck 1</del>"))
        #expect(serial[1].html.contains("<a href=\"https://example1.com\">https://example1.com</a>"))
        #expect(!Self.markdown(1).contains("www."))
        #expect(serial[2].html.contains("<a href=\"http://www.example2.com\">www.example2.com</a>"))
        #expect(serial[1].html.contains("<table>"))
        #expect(serial[1].html.contains("<li id=\"fn-n1\">"))
    }

    @Test func concurrentPerformMatchesSerialResults() {
        let serial = (0..<count).map { Self.process($0).html }
        let results = ResultBox(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(Self.process(index).html, at: index)
        }
        let mismatches = (0..<count).filter { results.value(at: $0) != serial[$0] }
        #expect(mismatches.isEmpty, "documents \(mismatches.prefix(10)) differ")
    }
}

/// Slots that concurrent iterations fill, each its own slot, read after they all finish.
private final class ResultBox: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<String>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: "")
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: String, at index: Int) { slots[index] = value }
    func value(at index: Int) -> String { slots[index] }
}
