@testable import HandbookBuild
import Testing

/// The table finds a key only by its exact bytes, and an output path by the bytes a link writes.
@Suite struct ByteKeyTableTests {
    private func value(_ table: ByteKeyTable, _ key: String) -> Int? {
        var key = key
        return key.withUTF8 { table.value(for: $0) }
    }

    @Test func findsEachKeyByItsBytesOnly() {
        let keys = (0..<5000).map { "part-\($0 % 7)/page-\($0)/" } + ["", "a", "abcdefgh", "abcdefghi", "caf\u{E9}"]
        let table = ByteKeyTable(keys.enumerated().map { (key: Array($1.utf8), value: $0) })
        for (number, key) in keys.enumerated() { #expect(value(table, key) == number, "\(key)") }
        for missing in ["b", "abcdefg", "abcdefghij", "part-0/page-5000/", "part-1/page-0/", "cafe\u{301}", "A"] {
            #expect(value(table, missing) == nil, "\(missing)")
        }
        #expect(value(ByteKeyTable([]), "") == nil)
    }

    @Test func outputPathsAreFoundByTheBytesOfLinks() {
        let paths = OutputPaths(["index.html", "tips/index.html", "tips/play.html", "a/index.html/index.html", "x/"])
        func contains(_ path: String, isFolder: Bool) -> Bool {
            var path = path
            return path.withUTF8 { paths.containsBytes($0, isFolder: isFolder) }
        }
        #expect(contains("", isFolder: true))
        #expect(contains("tips/", isFolder: true))
        #expect(contains("tips/play.html", isFolder: false))
        #expect(contains("a/index.html/", isFolder: true))
        #expect(!contains("tips", isFolder: false))
        #expect(!contains("play/", isFolder: true))
        #expect(!contains("x/", isFolder: true))
        // Not found by bytes (the link is then checked as a string), never wrongly found.
        #expect(!contains("tips/index.html", isFolder: false))
    }
}
