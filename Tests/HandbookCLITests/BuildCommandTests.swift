import Foundation
import Testing

/// The real binary on fixture sites: exit statuses, printed diagnostics, and the output folder.
@Suite struct BuildCommandTests {
    @Test func buildsAGoodSiteAndSaysHowManyPages() throws {
        let site = CLIFixtures.copy(CLIFixtures.basicSite)
        let outcome = try BinaryRunner.run(["build", "--root", site])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "")
        #expect(outcome.standardOutput.hasPrefix("built 3 pages into \(site)/public in "))
        #expect(FileManager.default.fileExists(atPath: site + "/public/tips/play/index.html"))
    }

    @Test func plantedErrorsPrintExactlyTheExpectedDiagnosticsAndKeepThePreviousSite() throws {
        let site = CLIFixtures.copy(CLIFixtures.folder + "/planted-errors/site")
        let expected = try String(contentsOfFile: CLIFixtures.folder + "/planted-errors/expected-diagnostics.txt", encoding: .utf8)
        // A previous good build's output, which the failing build must leave as it is.
        let output = site + "/public"
        try FileManager.default.createDirectory(atPath: output + "/old", withIntermediateDirectories: true)
        try Data("previous site".utf8).write(to: URL(fileURLWithPath: output + "/old/index.html"))
        let before = CLIFixtures.snapshot(output)

        let outcome = try BinaryRunner.run(["build", "--root", site])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError == expected)
        #expect(CLIFixtures.snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains("staging") }
        #expect(leftovers == [])
    }

    @Test func checkReportsTheSameDiagnosticsAndWritesNothing() throws {
        let site = CLIFixtures.copy(CLIFixtures.folder + "/planted-errors/site")
        let expected = try String(contentsOfFile: CLIFixtures.folder + "/planted-errors/expected-diagnostics.txt", encoding: .utf8)
        let outcome = try BinaryRunner.run(["check", "--root", site])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == expected)
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }

    @Test func strictCheckTurnsWarningsIntoErrors() throws {
        let site = CLIFixtures.copy(CLIFixtures.basicSite)
        let page = site + "/content/tips/play.md"
        let text = try String(contentsOfFile: page, encoding: .utf8)
        try text.replacingOccurrences(of: "reviewed:", with: "colour: blue\nreviewed:").write(toFile: page, atomically: true, encoding: .utf8)
        let relaxed = try BinaryRunner.run(["check", "--root", site])
        #expect(relaxed.status == 0)
        let grades = """
            content/index.md:1:1: note: reading grade 1.9 (Flesch–Kincaid; 5 words, 2 sentences)
            content/tips/index.md:1:1: note: reading grade -3.1 (Flesch–Kincaid; 9 words, 5 sentences)
            content/tips/play.md:1:1: note: reading grade -0.7 (Flesch–Kincaid; 10 words, 2 sentences)

            """
        #expect(relaxed.standardError == grades + "content/tips/play.md:4:1: warning: unknown key 'colour'\n1 warning\n")
        let strict = try BinaryRunner.run(["check", "--root", site, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.standardError == grades + "content/tips/play.md:4:1: error: unknown key 'colour'\nbuild failed: 1 error\n")
    }

    @Test func jsonFormatListsTheSameDiagnostics() throws {
        let site = CLIFixtures.copy(CLIFixtures.folder + "/planted-errors/site")
        let outcome = try BinaryRunner.run(["check", "--root", site, "--format", "json"])
        #expect(outcome.status == 1)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardError.utf8)) as? [[String: Any]])
        #expect(objects.count == 8)
        #expect(objects.first?["file"] as? String == "content/SUMMARY.md")
        #expect(objects.first?["line"] as? Int == 6)
        #expect(objects.first?["code"] as? String == "outline-missing-target")
    }

    @Test(arguments: [["build", "--bogus"], ["build", "--base-url", "not a url"], ["frobnicate"], ["new"]])
    func usageErrorsExitWithStatus2(arguments: [String]) throws {
        let outcome = try BinaryRunner.run(arguments)
        #expect(outcome.status == 2)
        #expect(!outcome.standardError.isEmpty)
    }

    @Test func refusesToBuildIntoTheRootOrContent() throws {
        let site = CLIFixtures.copy(CLIFixtures.basicSite)
        for out in [site, site + "/content", site + "/content/public"] {
            let outcome = try BinaryRunner.run(["build", "--root", site, "--out", out])
            #expect(outcome.status == 1)
            #expect(outcome.standardError.contains("error: refusing to build into"))
        }
        #expect(CLIFixtures.snapshot(site + "/content") == CLIFixtures.snapshot(CLIFixtures.basicSite + "/content"))
    }

    @Test func helpDocumentsEveryCommand() throws {
        let outcome = try BinaryRunner.run(["--help"])
        #expect(outcome.status == 0)
        for command in ["build", "check", "render", "new"] { #expect(outcome.standardOutput.contains(command)) }
        let build = try BinaryRunner.run(["build", "--help"])
        for option in ["--root", "--out", "--base-url", "--drafts"] { #expect(build.standardOutput.contains(option)) }
    }
}

/// The fixture with one planted defect of every cross-reference kind.
@Suite struct CrossReferenceDiagnosticsTests {
    private let fixture = CLIFixtures.folder + "/cross-reference-errors"

    @Test func printsExactlyTheExpectedDiagnostics() throws {
        let site = CLIFixtures.copy(fixture + "/site")
        let expected = try String(contentsOfFile: fixture + "/expected-diagnostics.txt", encoding: .utf8)
        let outcome = try BinaryRunner.run(["check", "--root", site])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == expected)
    }

    @Test func jsonGivesTheSameSet() throws {
        let site = CLIFixtures.copy(fixture + "/site")
        let expected = try String(contentsOfFile: fixture + "/expected-diagnostics.txt", encoding: .utf8)
            .split(separator: "\n").dropLast().map(String.init)
        let outcome = try BinaryRunner.run(["check", "--root", site, "--format", "json"])
        #expect(outcome.status == 1)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardError.utf8)) as? [[String: Any]])
        let lines = objects.map { object -> String in
            let place = "\(object["file"]!):\(object["line"]!):\(object["column"]!)"
            var line = "\(place): \(object["severity"]!): \(object["message"]!)"
            if let suggestion = object["suggestion"] as? String { line += " (did you mean '\(suggestion)'?)" }
            return line
        }
        #expect(lines == expected)
    }
}
