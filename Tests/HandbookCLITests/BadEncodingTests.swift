import Foundation
import Testing

/// Pages as editors' tools save them: other encodings, other line endings, stray bytes, nothing.
/// The bytes are written here rather than kept as fixtures, so no tool can normalise them.
@Suite struct BadEncodingTests {
    private let play = "content/tips/play.md"

    /// The fixture's play page, with `\n` replaced by `newline`.
    private func playPage(newline: String) throws -> Data {
        let text = try String(contentsOfFile: BadInputSite.fixture + "/" + play, encoding: .utf8)
        return Data(text.replacingOccurrences(of: "\n", with: newline).utf8)
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
        let site = try BadInputSite()
        var bytes = Data(BadInputSite.page(body: "Hide your face.\nThen caf").utf8)
        bytes += [0xE9] + Data(" au lait.\n".utf8)  // "é" in Latin-1, as an old editor saves it
        try site.write(play, bytes: bytes)
        try site.expectBuildFails(printing: """
            content/tips/play.md:8:9: error: the file is not valid UTF-8 text (byte 0xE9 here): save it as UTF-8
            build failed: 1 error

            """)
    }

    @Test func utf16IsRecognisedAndRefused() throws {
        let site = try BadInputSite()
        let text = BadInputSite.page(body: "Hide your face.\n")
        try site.write(play, bytes: Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!)
        try site.expectBuildFails(printing: """
            content/tips/play.md:1:1: error: the file is UTF-16 text: save it as UTF-8
            build failed: 1 error

            """)
    }

    @Test func aNULByteIsReportedAtItsLineAndColumn() throws {
        let site = try BadInputSite()
        try site.write(play, bytes: Data(BadInputSite.page(body: "Hide\nyour\u{0}face.\n").utf8))
        try site.expectBuildFails(printing: """
            content/tips/play.md:8:5: error: the file contains a NUL byte
            build failed: 1 error

            """)
    }

    @Test func aNULByteAfterWindowsLineEndingsIsReportedAtItsLine() throws {
        let site = try BadInputSite()
        let text = BadInputSite.page(body: "Hide\nyour\u{0}face.\n").replacingOccurrences(of: "\n", with: "\r\n")
        try site.write(play, bytes: Data(text.utf8))
        try site.expectBuildFails(printing: """
            content/tips/play.md:8:5: error: the file contains a NUL byte
            build failed: 1 error

            """)
    }

    @Test func anEmptyFileSaysSo() throws {
        let site = try BadInputSite()
        try site.write(play, bytes: Data())
        try site.expectBuildFails(printing: """
            content/tips/play.md:1:1: error: the file is empty: it must start with front matter between '---' lines
            build failed: 1 error

            """)
    }

    /// A byte-order mark, Windows (`\r\n`) and old Mac (`\r`) line endings build exactly the
    /// same site as the file saved with `\n`.
    @Test(arguments: ["bom", "\r\n", "\r", "bom\r\n"])
    func aByteOrderMarkAndOtherLineEndingsBuildTheSameSite(variant: String) throws {
        let reference = try BadInputSite()
        let expected = CLIFixtures.snapshot(reference.output)
        let site = try BadInputSite()
        try site.remove("public")
        let newline = variant.hasPrefix("bom") ? String(variant.dropFirst(3)) : variant
        var bytes = try playPage(newline: newline.isEmpty ? "\n" : newline)
        if variant.hasPrefix("bom") { bytes = Data([0xEF, 0xBB, 0xBF]) + bytes }
        try site.write(play, bytes: bytes)
        let built = try site.expectBuildSucceeds()
        #expect(built == expected)
        #expect(site.html("tips/play/index.html").contains("<h2 id=\"peek-a-boo\">Peek-a-boo</h2>"))
    }

    /// Lines are counted the same way whatever ends them: an error is reported at the right line.
    @Test(arguments: ["\r\n", "\r"])
    func errorsInFilesWithOtherLineEndingsAreReportedAtTheRightLine(newline: String) throws {
        let site = try BadInputSite()
        let text = BadInputSite.page(body: "## Peek-a-boo\n\nSee [the tips](index.md#first-tip) [@robinson-2018].\nAnd [this](nowhere.md).\n")
        try site.write(play, bytes: Data(text.replacingOccurrences(of: "\n", with: newline).utf8))
        try site.expectBuildFails(printing: """
            content/tips/play.md:10:5: error: the link points to 'tips/nowhere.md', which does not exist
            build failed: 1 error

            """)
    }
}
