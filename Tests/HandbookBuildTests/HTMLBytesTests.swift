import Foundation
@testable import HandbookBuild
import Testing

/// A page's file is rendered into `HTMLBytes`: what it holds is what a `String` written alike holds.
@Suite struct HTMLBytesTests {
    @Test(arguments: [0, 1, 4, 1000])
    func holdsWhatAStringHolds(reserved: Int) {
        let bytes = HTMLBytes(reserving: reserved)
        var string = ""
        let pieces = ["<p>", "Crèche, 保育園 and 👶", "", "\r\n", String(repeating: "long text ", count: 40), "\n"]
        for (index, piece) in pieces.enumerated() {
            bytes.write(piece)
            string.write(piece)
            let tail = piece.dropFirst(index % 2)
            bytes.write(tail)
            string.write(tail)
            #expect(bytes.byteCount == string.utf8.count)
            #expect(bytes.endsWithLineBreak(after: 0) == string.endsWithLineBreak(after: 0))
        }
        #expect(bytes.data() == Data(string.utf8))
        #expect(bytes.byteCount == 0 && bytes.data().isEmpty, "the bytes were handed over")
    }

    @Test func aLineBreakIsOnlyOneAfterTheStart() {
        var string = "a\r\n"
        #expect(!string.endsWithLineBreak(after: 0), "\r\n is a character of its own")
        string.write("\n")
        #expect(string.endsWithLineBreak(after: 3) && !string.endsWithLineBreak(after: 4))
        let bytes = HTMLBytes()
        bytes.write("\n")
        #expect(bytes.endsWithLineBreak(after: 0) && !bytes.endsWithLineBreak(after: 1))
    }
}
