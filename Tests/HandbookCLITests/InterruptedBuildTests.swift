import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `handbook build` killed with SIGKILL at random moments: `public/` must hold either the whole
/// previous site or the whole new one, and the next build must clear what the killed ones left.
@Suite struct InterruptedBuildTests {
    static let seed: UInt64 = 20_261_123
    static let runs = 40
    static let pageCount = 80

    /// The bad-input site with `pageCount` more pages, each in the outline (so every page's
    /// sidebar lists them all, and a build takes a good part of a second).
    private func makeLargeSite() throws -> BadInputSite {
        let site = try BadInputSite()
        var outline = try String(contentsOfFile: site.root + "/content/SUMMARY.md", encoding: .utf8)
        for number in 0..<Self.pageCount {
            try site.write("content/many/page-\(number).md", Self.page(number, version: "A"))
            outline += "- [Page \(number)](many/page-\(number).md)\n"
        }
        try site.write("content/SUMMARY.md", outline)
        return site
    }

    private static func page(_ number: Int, version: String) -> String {
        BadInputSite.page(title: "Page \(number)", body: """
            ## Part \(number)

            Hold your baby close [@robinson-2018]. A secure base helps. This is version \(version).

            \(String(repeating: "More calm words for parents. ", count: 40))

            """)
    }

    @Test func killedBuildsLeaveTheOldSiteOrTheNewOneAndTheNextBuildClearsUp() throws {
        let site = try makeLargeSite()
        let changed = "content/many/page-7.md"
        // The two complete sites: A in public/, B built elsewhere.
        try site.expectBuildSucceeds()
        let siteA = CLIFixtures.snapshot(site.output)
        try site.write(changed, Self.page(7, version: "B"))
        let reference = CLIFixtures.temporaryFolder() + "/public"
        try site.expectBuildSucceeds(["--out", reference])
        let siteB = CLIFixtures.snapshot(reference)
        #expect(siteA != siteB)
        #expect(siteA.count == siteB.count)

        // How long a build takes here: the slowest of three, each writing B over B.
        let buildTime = try (0..<3).map { _ in
            let start = ContinuousClock.now
            _ = try Self.buildKilled(after: .seconds(600), root: site.root)
            return ContinuousClock.now - start
        }.max()!
        // Run i is killed at a random moment in the i-th of `runs` equal slices of 0 to 300 ms,
        // or of 0 to 2 builds when builds take longer, so kills land before, during and after
        // the swap (on a busy machine a build can take well over the slowest of the three timed).
        let longest = max(300, Int(buildTime / .milliseconds(1) * 2))
        var generator = SeededGenerator(seed: Self.seed)
        var outcomes: [String: Int] = ["old": 0, "new": 0]
        var leftoversSeen = 0
        for run in 0..<Self.runs {
            // Build towards the version public/ does not hold, so each kill interrupts a change.
            let holdsA = CLIFixtures.snapshot(site.output) == siteA
            try site.write(changed, Self.page(7, version: holdsA ? "B" : "A"))
            let slice = longest / Self.runs
            let delay = slice * run + Int.random(in: 0..<slice, using: &generator)
            let sources = SourceSnapshot(site: site.root)
            let finished = try Self.buildKilled(after: .milliseconds(delay), root: site.root)
            #expect(SourceSnapshot(site: site.root) == sources, "run \(run): a killed build changed the sources")
            if finished { outcomes["finished", default: 0] += 1 }
            let now = CLIFixtures.snapshot(site.output)
            let isA = now == siteA, isB = now == siteB
            #expect(isA || isB, "run \(run): after a kill at \(delay) ms public/ is neither site (\(now.count) files)")
            outcomes[(isA == holdsA) ? "old" : "new", default: 0] += 1
            leftoversSeen += site.stagingLeftovers(beside: site.output).count
        }
        #expect(outcomes["old"]! > 0 && outcomes["new"]! > 0, "kills landed only on one side of the swap: \(outcomes)")

        // The next build succeeds and removes every staging folder the killed builds left.
        try site.expectBuildSucceeds()
        #expect(site.stagingLeftovers(beside: site.output) == [])
        print("InterruptedBuildTests: \(Self.runs) kills, delays 0–\(longest) ms (a build took \(buildTime)), "
              + "\(outcomes) (new = the build swapped in its site; finished = it exited before the kill), "
              + "\(leftoversSeen) staging folders seen after kills")
    }

    /// Starts `handbook build` and kills it with SIGKILL after `delay` unless it finished
    /// first; true when it had finished.
    private static func buildKilled(after delay: Duration, root: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.executable)
        process.arguments = ["build", "--root", root]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        let finished = exited.wait(timeout: .now() + seconds) == .success
        if !finished {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        return finished
    }
}
