import Foundation
import Testing

/// A working copy of the bad-input fixture site for one test to break, with `public/` already
/// holding the previous good build. Every command it runs is checked to leave the sources as
/// they were.
struct BadInputSite {
    static let fixture = CLIFixtures.folder + "/bad-input/site"
    static let cases = CLIFixtures.folder + "/bad-input/cases"

    let root: String
    var output: String { root + "/public" }

    /// The fixture and its first build, made once and copied for each test.
    private static let prebuilt: String = {
        let site = CLIFixtures.copy(fixture)
        let outcome = try! BinaryRunner.run(["build", "--root", site], timeout: .seconds(120))
        precondition(outcome.status == 0, "the bad-input fixture must build: \(outcome.standardError)")
        return site
    }()

    init() throws {
        root = CLIFixtures.temporaryFolder() + "/site"
        try FileManager.default.copyItem(atPath: Self.prebuilt, toPath: root)
    }

    // MARK: Breaking the site

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Data(text.utf8))
    }

    func write(_ relative: String, bytes: Data) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }

    /// Puts a file from `Fixtures/bad-input/cases/` at a path of the site.
    func place(_ caseFile: String, at relative: String) throws {
        try write(relative, bytes: try Data(contentsOf: URL(fileURLWithPath: Self.cases + "/" + caseFile)))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + relative)
    }

    func link(_ relative: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: root + "/" + relative, withDestinationPath: target)
    }

    func setPermissions(_ relative: String, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: root + "/" + relative)
    }

    /// A page's front matter and body, as a valid page file.
    static func page(title: String = "Play", body: String) -> String {
        "---\ntitle: \(title)\ndescription: Games for babies.\nreviewed: 2026-01-04\n---\n\n" + body
    }

    // MARK: Running commands

    /// Runs the binary; records an issue when the sources differ afterwards.
    @discardableResult
    func run(_ arguments: [String], timeout: Duration = .seconds(120), unprivileged: Bool = false) throws -> BinaryRunner.Outcome {
        let before = SourceSnapshot(site: root)
        let outcome = try BinaryRunner.run(arguments, timeout: timeout, unprivileged: unprivileged)
        let after = SourceSnapshot(site: root)
        #expect(before == after, "'\(arguments.joined(separator: " "))' changed the sources: \(after.differences(from: before))")
        return outcome
    }

    func build(_ extra: [String] = [], timeout: Duration = .seconds(120), unprivileged: Bool = false) throws -> BinaryRunner.Outcome {
        try run(["build", "--root", root] + extra, timeout: timeout, unprivileged: unprivileged)
    }

    /// Builds and expects the build to fail with exactly `expected` on standard error, status 1,
    /// nothing on standard output, and the previous site in `output` as it was, with no staging
    /// folder left beside it.
    func expectBuildFails(_ extra: [String] = [], printing expected: String, output: String? = nil,
                          timeout: Duration = .seconds(120), unprivileged: Bool = false,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let output = output ?? self.output
        let before = CLIFixtures.snapshot(output)
        let outcome = try build(extra, timeout: timeout, unprivileged: unprivileged)
        #expect(outcome.status == 1, "exit status", sourceLocation: sourceLocation)
        #expect(outcome.standardOutput == "", sourceLocation: sourceLocation)
        #expect(outcome.standardError == expected, sourceLocation: sourceLocation)
        #expect(CLIFixtures.snapshot(output) == before, "the previous site changed", sourceLocation: sourceLocation)
        #expect(stagingLeftovers(beside: output) == [], sourceLocation: sourceLocation)
    }

    /// Builds and expects success with nothing on standard error; returns the built files.
    @discardableResult
    func expectBuildSucceeds(_ extra: [String] = [], timeout: Duration = .seconds(120),
                             sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Data] {
        let outcome = try build(extra, timeout: timeout)
        #expect(outcome.status == 0, "exit status", sourceLocation: sourceLocation)
        #expect(outcome.standardError == "", sourceLocation: sourceLocation)
        #expect(outcome.standardOutput.hasPrefix("built "), sourceLocation: sourceLocation)
        #expect(stagingLeftovers(beside: output) == [], sourceLocation: sourceLocation)
        return CLIFixtures.snapshot(output)
    }

    func html(_ page: String) -> String {
        (try? String(contentsOfFile: output + "/" + page, encoding: .utf8)) ?? ""
    }

    func stagingLeftovers(beside output: String) -> [String] {
        let url = URL(fileURLWithPath: output)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".\(url.lastPathComponent).staging-") }
    }
}
