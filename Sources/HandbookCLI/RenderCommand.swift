import ArgumentParser
import Foundation
import HandbookMarkdown

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one Markdown document from standard input to HTML on standard output.",
        discussion: "Uses the build's parser settings: GitHub Flavored Markdown, footnotes, raw HTML left out.")

    @Flag(name: .customLong("allow-raw-html"), help: "Pass raw HTML through (still tag-filtered), as allow_raw_html in handbook.yml does.")
    var allowRawHTML = false

    func run() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let html = MarkdownRenderer.renderHTML(text, options: MarkdownOptions(allowRawHTML: allowRawHTML))
        FileHandle.standardOutput.write(Data(html.utf8))
    }
}
