import HandbookModel
import Testing
@testable import HandbookServer

@Suite struct PreviewTranscriptTests {
    @Test func warnsWhenOtherMachinesCanConnect() {
        #expect(PreviewTranscript.lines(for: .listening(url: "http://127.0.0.1:8000/", isLoopback: true))
                == [.init(stream: .output, text: "serving http://127.0.0.1:8000/ (Ctrl-C stops)")])
        let exposed = PreviewTranscript.lines(for: .listening(url: "http://127.0.0.1:8000/", isLoopback: false))
        #expect(exposed.last?.stream == .error)
        #expect(exposed.last?.text.hasPrefix("warning: ") == true)
        #expect(ListenAddress("0.0.0.0")?.isLoopback == false)
        #expect(ListenAddress("127.0.0.2")?.isLoopback == true)
        #expect(ListenAddress("localhost") == ListenAddress("127.0.0.1"))
        #expect(ListenAddress("::1")?.url(port: 80) == "http://[::1]:80/")
        #expect(ListenAddress("example.org") == nil)
    }

    @Test func printsWhatChangedHowLongItTookAndTheDiagnostics() {
        let problem = Diagnostic.error(.brokenLink, at: SourceLocation(file: "content/a.md", line: 2, column: 3), "no such page")
        let failed = BuildReport(changes: ["content/a.md"], duration: .milliseconds(412),
                                 outcome: RebuildOutcome(diagnostics: [problem], changedURLs: [], succeeded: false))
        #expect(PreviewTranscript.lines(for: .built(failed)).map(\.text) == [
            "changed content/a.md",
            "content/a.md:2:3: error: no such page",
            "build failed: 1 error (in 412 ms); the last good pages stay served",
        ])
        let fixed = BuildReport(changes: ["content/a.md", "content/b.md", "content/c.md", "content/d.md"],
                                duration: .milliseconds(2345),
                                outcome: RebuildOutcome(diagnostics: [], changedURLs: ["/a/"], succeeded: true))
        #expect(PreviewTranscript.lines(for: .built(fixed)).map(\.text) == [
            "changed content/a.md, content/b.md, content/c.md and 1 more",
            "rebuilt in 2.35 s: 1 file changed",
        ])
    }
}
