import Testing
@testable import HandbookServer

@Suite struct ChangeBatcherTests {
    @Test func aBurstOfChangesIsOneBatchHandedOutAfterAQuietPeriod() async {
        let batcher = ChangeBatcher(quietPeriod: .milliseconds(150), longestWait: .seconds(10))
        for index in 0..<5 { await batcher.add(["content/\(index).md"]) }
        await batcher.add(["content/0.md"])
        let lastChange = ContinuousClock.now
        let batch = await batcher.next()
        #expect(ContinuousClock.now - lastChange >= .milliseconds(150))
        #expect(batch == Set((0..<5).map { "content/\($0).md" }))
    }

    @Test func changesDuringARebuildMakeTheNextBatch() async {
        let batcher = ChangeBatcher(quietPeriod: .milliseconds(20))
        await batcher.add(["a.md"])
        #expect(await batcher.next() == ["a.md"])
        await batcher.add(["b.md"])
        await batcher.add(["c.md"])
        #expect(await batcher.next() == ["b.md", "c.md"])
    }

    @Test func aStreamOfChangesStillGetsBuiltNowAndThen() async {
        let batcher = ChangeBatcher(quietPeriod: .milliseconds(50), longestWait: .milliseconds(200))
        let writer = Task {
            for index in 0..<100 {
                await batcher.add(["\(index).md"])
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        let batch = await batcher.next()
        #expect((batch?.count ?? 0) < 100)
        writer.cancel()
    }

    @Test func finishingEndsTheWait() async {
        let batcher = ChangeBatcher()
        Task { await batcher.finish() }
        #expect(await batcher.next() == nil)
    }
}
