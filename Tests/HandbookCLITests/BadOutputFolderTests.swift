import Foundation
@testable import HandbookBuild
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Output folders the build cannot write, or must not.
@Suite struct BadOutputFolderTests {
    /// Whether this machine lets a test mount a small tmpfs in its own namespaces (`unshare`).
    static let canMountTmpfs: Bool = {
        let folder = CLIFixtures.temporaryFolder()
        let outcome = try? BinaryRunner.runCommand(
            ["/usr/bin/unshare", "-rm", "/bin/sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", folder],
            timeout: .seconds(20))
        return outcome?.status == 0
    }()

    @Test func aReadOnlyOutputFolder() throws {
        let site = try BadInputSite()
        let output = site.root + "/out/public"
        _ = try site.build(["--out", output])
        try site.write("content/tips/play.md", BadInputSite.page(body: "## Peek-a-boo\n\nNew words [@robinson-2018].\n"))
        for folder in [output, site.root + "/out"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        }
        defer {
            for folder in [output, site.root + "/out"] {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            }
        }
        try site.expectBuildFails(["--out", output], printing: """
            \(output): error: cannot write the site: permission denied
            build failed: 1 error

            """, output: output, unprivileged: true)
    }

    /// A disk that fills up while the site is written: the previous site stays, and no staging
    /// folder is left behind. The output folder is a 1 MB tmpfs, mounted in a namespace of
    /// the test's own, and filled before the build.
    @Test(.enabled(if: canMountTmpfs, "needs unshare and mount for a small tmpfs"))
    func aFullOutputFolder() throws {
        let old = try BadInputSite()
        let site = try BadInputSite()
        try site.write("content/tips/play.md", BadInputSite.page(body: "## Peek-a-boo\n\nNew words [@robinson-2018].\n"))
        let disk = CLIFixtures.temporaryFolder()
        let results = CLIFixtures.temporaryFolder()
        let script = """
            set -e
            mount -t tmpfs -o size=1m tmpfs "$DISK"
            "$BIN" build --root "$OLD" --out "$DISK/public" > /dev/null
            cp -a "$DISK/public" "$RESULTS/before"
            dd if=/dev/zero of="$DISK/filler" bs=4096 2> /dev/null || true
            set +e
            "$BIN" build --root "$NEW" --out "$DISK/public" > "$RESULTS/stdout" 2> "$RESULTS/stderr"
            echo $? > "$RESULTS/status"
            cp -a "$DISK/public" "$RESULTS/after"
            ls -A "$DISK" > "$RESULTS/listing"
            """
        let before = SourceSnapshot(site: site.root)
        let outcome = try BinaryRunner.runCommand(
            ["/usr/bin/env", "DISK=\(disk)", "BIN=\(BinaryRunner.executable)", "OLD=\(old.root)", "NEW=\(site.root)",
             "RESULTS=\(results)", "/usr/bin/unshare", "-rm", "/bin/sh", "-c", script],
            timeout: .seconds(60))
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(SourceSnapshot(site: site.root) == before)
        func read(_ name: String) -> String { (try? String(contentsOfFile: results + "/" + name, encoding: .utf8)) ?? "" }
        #expect(read("status") == "1\n")
        #expect(read("stdout") == "")
        #expect(read("stderr") == """
            \(disk)/public: error: cannot write the site: no space left on device
            build failed: 1 error

            """)
        #expect(CLIFixtures.snapshot(results + "/after") == CLIFixtures.snapshot(results + "/before"))
        #expect(CLIFixtures.snapshot(results + "/before").count == 11)
        #expect(read("listing") == "filler\npublic\n")
    }

    @Test func anOutputFolderThatIsTheRootOrHoldsOrSitsInTheSources() throws {
        let site = try BadInputSite()
        let root = site.root
        let cases: [(String, String)] = [
            (root, "it holds the site's sources"),
            (root + "/..", "it holds the site's sources"),
            ("/", "it holds the site's sources"),
            (root + "/content", "it is inside 'content'"),
            (root + "/content/public", "it is inside 'content'"),
            (root + "/seeds/site", "it is inside 'seeds'"),
            (root + "/templates/assets", "it is inside 'templates'"),
            (root + "/handbook.yml", "it is the site configuration 'handbook.yml'"),
            (root + "/content/tips/play.md", "it is inside 'content'"),
        ]
        for (output, reason) in cases {
            let shown = URL(fileURLWithPath: output).standardizedFileURL.path
            try site.expectBuildFails(["--out", output], printing: """
                \(shown): error: refusing to build into '\(shown)': \(reason)
                build failed: 1 error

                """)
        }
        #expect(FileManager.default.fileExists(atPath: root + "/handbook.yml"))
    }

    /// The build replaces its output folder as a whole, so an output path naming a file would
    /// delete that file.
    @Test func anOutputPathThatIsAFile() throws {
        let site = try BadInputSite()
        let notes = CLIFixtures.temporaryFolder() + "/notes.txt"
        try Data("The editor's notes.\n".utf8).write(to: URL(fileURLWithPath: notes))
        try site.expectBuildFails(["--out", notes], printing: """
            \(notes): error: refusing to build into '\(notes)': it is a file, not a folder
            build failed: 1 error

            """)
        #expect(FileManager.default.contents(atPath: notes) == Data("The editor's notes.\n".utf8))
    }

    /// Built into a folder of other files, the build would delete them all.
    @Test
    func anOutputFolderOfOtherFiles() throws {
        let site = try BadInputSite()
        let folder = CLIFixtures.temporaryFolder() + "/thesis"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("Chapter 1\n".utf8).write(to: URL(fileURLWithPath: folder + "/chapter-1.txt"))
        try site.expectBuildFails(["--out", folder], printing: """
            \(folder): error: refusing to build into '\(folder)': the build replaces the whole folder, and it is not a site built before (it has no '404.html'): choose a new or empty folder
            build failed: 1 error

            """, output: folder)
    }

    @Test
    func anOutputFolderUnderVersionControl() throws {
        let site = try BadInputSite()
        try FileManager.default.createDirectory(atPath: site.output + "/.git", withIntermediateDirectories: true)
        try site.expectBuildFails(printing: """
            \(site.output): error: refusing to build into '\(site.output)': it holds '.git', which the build would delete with the folder: build elsewhere and copy the site in
            build failed: 1 error

            """)
    }

    /// The check the two tests above need, on its own: it passes a site built before, an empty
    /// folder and a missing one, and refuses the rest.
    @Test func theReplaceableCheckTellsABuiltSiteFromOtherFolders() throws {
        let site = try BadInputSite()
        let guardian = OutputFolderGuard()
        #expect(guardian.checkReplaceable(output: site.output) == nil)
        #expect(guardian.checkReplaceable(output: site.root + "/missing") == nil)
        let empty = CLIFixtures.temporaryFolder()
        #expect(guardian.checkReplaceable(output: empty) == nil)
        try Data("Chapter 1\n".utf8).write(to: URL(fileURLWithPath: empty + "/chapter-1.txt"))
        #expect(guardian.checkReplaceable(output: empty)?.description == """
            \(empty): error: refusing to build into '\(empty)': the build replaces the whole folder, and it is not a site built before (it has no '404.html'): choose a new or empty folder
            """)
        try FileManager.default.createDirectory(atPath: site.output + "/.git", withIntermediateDirectories: true)
        #expect(guardian.checkReplaceable(output: site.output)?.description == """
            \(site.output): error: refusing to build into '\(site.output)': it holds '.git', which the build would delete with the folder: build elsewhere and copy the site in
            """)
    }
}
