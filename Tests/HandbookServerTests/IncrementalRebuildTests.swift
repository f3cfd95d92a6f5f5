import Foundation
import HandbookBuild
import HandbookModel
import TestSupport
import Testing
@testable import HandbookServer

/// After every edit of a random sequence, the preview's rebuild must leave exactly what a full
/// `handbook build` writes (and report the same diagnostics); while an edit has errors, the
/// last good site stays.
@Suite struct IncrementalRebuildTests {
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func randomEditsLeaveWhatAFullBuildWrites(seed: UInt64) async throws {
        let site = try EditableSite()
        defer { site.remove() }
        let options = BuildOptions(root: site.root, output: site.output, baseURL: BaseURL("http://127.0.0.1:9/"))
        let rebuilder = IncrementalRebuilder(options: options)
        var random = SeededGenerator(seed: seed)
        let first = await rebuilder.rebuild(changed: [])
        #expect(first.succeeded, "\(first.diagnostics)")
        var lastGood = FolderTree.files(in: site.output)
        var updates = 0
        for step in 0..<40 {
            let edit = site.randomEdit(using: &random)
            let outcome = await rebuilder.rebuild(changed: [edit.path])
            if await rebuilder.lastRebuildWasAnUpdate { updates += 1 }
            var fullOptions = options
            fullOptions.output = site.scratch + "/full-\(step)"
            let full = BuildPipeline().run(fullOptions)
            let context = "seed \(seed), step \(step): \(edit.description)"
            #expect(outcome.succeeded == full.succeeded, "\(context)")
            #expect(outcome.diagnostics == full.diagnostics, "\(context)")
            let served = FolderTree.files(in: site.output)
            if full.succeeded {
                let expected = FolderTree.files(in: fullOptions.output!)
                #expect(served.keys.sorted() == expected.keys.sorted(), "\(context)")
                for (path, bytes) in expected where served[path] != bytes {
                    Issue.record("\(context): \(path) differs from a full build's")
                }
                lastGood = served
            } else {
                #expect(served == lastGood, "\(context): the last good site must stay")
            }
            try? FileManager.default.removeItem(atPath: fullOptions.output!)
        }
        #expect(updates >= 15, "most edits should be followed without a full build (\(updates) of 40)")
    }

    @Test func anEditedPageChangesOnlyWhatDependsOnIt() async throws {
        let site = try EditableSite()
        defer { site.remove() }
        let rebuilder = IncrementalRebuilder(options: BuildOptions(root: site.root, output: site.output,
                                                                   baseURL: BaseURL("http://127.0.0.1:9/")))
        _ = await rebuilder.rebuild(changed: [])
        site.append("content/quiet.md", "\nA new sentence about naps.\n")
        let outcome = await rebuilder.rebuild(changed: ["content/quiet.md"])
        #expect(await rebuilder.lastRebuildWasAnUpdate)
        #expect(outcome.changedURLs == ["/quiet/", "/print/", "/search-index.json"])
    }

    @Test func aHeadingEditRelinksThePagesLinkingToIt() async throws {
        let site = try EditableSite()
        defer { site.remove() }
        site.append("content/about.md", "\nSee [naps](quiet.md#topic-1).\n")
        site.append("content/quiet.md", "\n## Topic 1\n\nSome words.\n")
        let rebuilder = IncrementalRebuilder(options: BuildOptions(root: site.root, output: site.output,
                                                                   baseURL: BaseURL("http://127.0.0.1:9/")))
        let first = await rebuilder.rebuild(changed: [])
        #expect(first.succeeded, "\(first.diagnostics)")
        let broken = "content/about.md:9:5: error: 'quiet.md' has no heading or anchor '#topic-1' (did you mean 'topic-2'?)"

        // Only quiet.md changed, but about.md links to the heading it lost: about.md is linked again.
        site.write("content/quiet.md", site.read("content/quiet.md").replacingOccurrences(of: "## Topic 1", with: "## Topic 2"))
        let renamed = await rebuilder.rebuild(changed: ["content/quiet.md"])
        #expect(await rebuilder.lastRebuildWasAnUpdate)
        #expect(renamed.diagnostics.map(\.description).filter { $0.contains("anchor") } == [broken])

        site.write("content/quiet.md", site.read("content/quiet.md").replacingOccurrences(of: "## Topic 2", with: "## Topic 1"))
        let restored = await rebuilder.rebuild(changed: ["content/quiet.md"])
        #expect(await rebuilder.lastRebuildWasAnUpdate)
        #expect(restored.succeeded, "\(restored.diagnostics)")
    }

    @Test func anEditorsTemporaryFileChangesNothing() async throws {
        let site = try EditableSite()
        defer { site.remove() }
        let rebuilder = IncrementalRebuilder(options: BuildOptions(root: site.root, output: site.output,
                                                                   baseURL: BaseURL("http://127.0.0.1:9/")))
        _ = await rebuilder.rebuild(changed: [])
        // Vim checks that it may write to the folder with a file named 4913, then saves.
        let outcome = await rebuilder.rebuild(changed: ["content/4913", "content/quiet.md~"])
        #expect(outcome.succeeded)
        #expect(outcome.changedURLs == [])
        #expect(await rebuilder.lastRebuildWasAnUpdate, "nothing to build")
        site.write("content/new-image.png", "png")
        let added = await rebuilder.rebuild(changed: ["content/new-image.png"])
        #expect(added.changedURLs == ["/new-image.png"])
    }

    @Test func anythingButAPageIsBuiltInFull() {
        #expect(IncrementalRebuilder.contentPages(in: ["content/tips/play.md"]) == ["tips/play.md"])
        #expect(IncrementalRebuilder.contentPages(in: ["content/a.md", "templates/page.mustache"]) == nil)
        #expect(IncrementalRebuilder.contentPages(in: ["content"]) == nil)
        #expect(IncrementalRebuilder.contentPages(in: [""]) == nil)
        #expect(IncrementalRebuilder.contentPages(in: []) == nil)
        #expect(IncrementalRebuilder.contentPages(in: ["content/images/a.png"]) == nil)
    }
}
