import Foundation
import Testing

/// The build runs its stages on every core; what it writes must not depend on how the threads
/// happened to run. A site of a few hundred cross-linked pages is built on one thread
/// (`HANDBOOK_JOBS=1`) and on all cores, several times, and every byte must match.
@Suite struct ParallelBuildTests {
    @Test func theParallelBuildWritesWhatASingleThreadedOneWrites() throws {
        let site = try Self.generatedSite(pages: 300)
        let serialOutput = site + "/../serial"
        let serial = try BinaryRunner.run(["build", "--root", site, "--out", serialOutput], environment: ["HANDBOOK_JOBS": "1"])
        #expect(serial.status == 0, "\(serial.standardError)")
        let expected = CLIFixtures.snapshot(serialOutput)
        #expect(expected.count > 300)
        for run in 0..<3 {
            let output = site + "/../parallel-\(run)"
            let parallel = try BinaryRunner.run(["build", "--root", site, "--out", output])
            #expect(parallel.status == 0)
            #expect(parallel.standardError == serial.standardError)
            let written = CLIFixtures.snapshot(output)
            #expect(written.keys.sorted() == expected.keys.sorted())
            for (path, bytes) in expected where written[path] != bytes {
                Issue.record("run \(run): \(path) differs from the single-threaded build's")
            }
        }
    }

    /// The cross-reference fixture with the handbook's own templates and `pages` more pages that
    /// link to each other's headings, use glossary terms and cite sources.
    static func generatedSite(pages: Int) throws -> String {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let site = CLIFixtures.copy(tests.appendingPathComponent("HandbookBuildTests/Fixtures/cross-references/site").path)
        let manager = FileManager.default
        try manager.removeItem(atPath: site + "/templates")
        try manager.copyItem(atPath: BinaryRunner.packageRoot + "/templates", toPath: site + "/templates")
        var outline = try String(contentsOfFile: site + "/content/SUMMARY.md", encoding: .utf8)
        outline += "- [About](about.md)\n"
        try "---\ntitle: About\ndescription: Who wrote this.\nreviewed: 2026-01-04\n---\n\nWe read [@pang].\n"
            .write(toFile: site + "/content/about.md", atomically: true, encoding: .utf8)
        try manager.createDirectory(atPath: site + "/content/part", withIntermediateDirectories: true)
        let keys = ["pang", "robinson-2018", "winston-2016, p. 4"]
        for number in 1...pages {
            let next = number % pages + 1
            let body = """
                ---
                title: Page \(number)
                description: Generated page \(number).
                reviewed: 2026-01-04
                ---

                ## Topic \(number)

                A secure base and skin-to-skin contact help, says page \(number) [@\(keys[number % 3])].
                See [the next page](page-\(next).md#topic-\(next)) and [attachment](../attachment.md).

                | Step | What to do |
                |---|---|
                | \(number) | Stay close ~~now~~ and *calm* |

                ## Secure attachment

                Secure attachment bonds grow in small moments.[^\(number)]

                [^\(number)]: A note on page \(number).
                """
            try body.write(toFile: site + "/content/part/page-\(number).md", atomically: true, encoding: .utf8)
            outline += "  - [Page \(number)](part/page-\(number).md)\n"
        }
        try outline.write(toFile: site + "/content/SUMMARY.md", atomically: true, encoding: .utf8)
        return site
    }
}
