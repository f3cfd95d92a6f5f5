import Testing
@testable import HandbookServer

@Suite struct ByteRangeTests {
    @Test(arguments: [
        ("bytes=0-3", ByteRange.part(0..<4)),
        ("bytes=5-", .part(5..<10)),
        ("bytes=-3", .part(7..<10)),
        ("bytes=-30", .part(0..<10)),
        ("bytes=8-100", .part(8..<10)),
        ("bytes=10-", .unsatisfiable),
        ("bytes=-0", .unsatisfiable),
        ("bytes=0-1,4-5", .whole),
        ("bytes=4-2", .whole),
        ("items=0-1", .whole),
        ("bytes=a-b", .whole),
    ])
    func parsesOneRangeOfTenBytes(header: String, expected: ByteRange) {
        #expect(ByteRange(header: header, length: 10) == expected)
    }

    @Test func noHeaderMeansTheWholeFile() {
        #expect(ByteRange(header: nil, length: 10) == .whole)
    }

    @Test func nothingOfAnEmptyFileCanBeAskedFor() {
        #expect(ByteRange(header: "bytes=0-0", length: 0) == .unsatisfiable)
    }
}
