import HandbookModel
import Testing
@testable import HandbookServer

@Suite struct ReloadChannelTests {
    static let problem = Diagnostic.error(.brokenLink, at: SourceLocation(file: "content/a.md", line: 3, column: 7),
                                          "the link points to 'b.md', which does not exist")

    @Test func sayHelloThenTellsWhatChanged() async {
        let channel = ReloadChannel()
        var events = await channel.subscribe().makeAsyncIterator()
        #expect(await events.next() == .hello)
        await channel.publish(RebuildOutcome(diagnostics: [], changedURLs: ["/a/"], succeeded: true))
        #expect(await events.next() == .reload(urls: ["/a/"]))
    }

    @Test func showsProblemsUntilTheBuildWorksAgain() async {
        let channel = ReloadChannel()
        var early = await channel.subscribe().makeAsyncIterator()
        _ = await early.next()
        await channel.publish(RebuildOutcome(diagnostics: [Self.problem], changedURLs: [], succeeded: false))
        let report = OverlayReport(failedBuildDiagnostics: [Self.problem])
        #expect(await early.next() == .problems(report))
        #expect(report.title == "build failed: 1 error")
        #expect(report.lines.map(\.text) == ["content/a.md:3:7: error: the link points to 'b.md', which does not exist"])

        // A page that connects meanwhile is told at once.
        var late = await channel.subscribe().makeAsyncIterator()
        #expect(await late.next() == .hello)
        #expect(await late.next() == .problems(report))

        await channel.publish(RebuildOutcome(diagnostics: [], changedURLs: ["/a/"], succeeded: true))
        #expect(await early.next() == .resolved)
        #expect(await early.next() == .reload(urls: ["/a/"]))
    }

    @Test func sendsNothingWhenNothingChanged() async {
        let channel = ReloadChannel()
        var events = await channel.subscribe().makeAsyncIterator()
        _ = await events.next()
        await channel.publish(RebuildOutcome(diagnostics: [], changedURLs: [], succeeded: true))
        await channel.publish(RebuildOutcome(diagnostics: [], changedURLs: nil, succeeded: true))
        #expect(await events.next() == .reload(urls: nil))
    }

    @Test func finishingEndsEveryStream() async {
        let channel = ReloadChannel()
        let stream = await channel.subscribe()
        await channel.finish()
        var count = 0
        for await _ in stream { count += 1 }
        #expect(count == 1)
    }

    @Test func eventsAreServerSentEventsWithJSONOnOneLine() {
        let report = OverlayReport(title: "build failed: 1 error",
                                   lines: [.init(text: "a.md:1:1: error: <b>bold</b>\nand more", severity: "error")])
        #expect(ReloadEvent.problems(report).serverSentEvent
                == #"event: problems\#ndata: {"lines":[{"severity":"error","text":"a.md:1:1: error: <b>bold</b>\nand more"}],"title":"build failed: 1 error"}\#n\#n"#)
        #expect(ReloadEvent.reload(urls: ["/b/", "/a/"]).serverSentEvent == "event: reload\ndata: {\"all\":false,\"urls\":[\"/a/\",\"/b/\"]}\n\n")
        #expect(ReloadEvent.reload(urls: nil).serverSentEvent == "event: reload\ndata: {\"all\":true,\"urls\":[]}\n\n")
        #expect(ReloadEvent.keepAlive.serverSentEvent == ": keep-alive\n\n")
    }
}
