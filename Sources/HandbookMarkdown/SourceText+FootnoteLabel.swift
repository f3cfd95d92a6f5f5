extension SourceText {
    /// The label of the `[^label]:` that ends before the given place on a line.
    func footnoteLabel(before line: Int, byteColumn: Int) -> String? {
        let range = range(ofLine: line)
        let limit = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound)
        guard let colon = (range.lowerBound + 1..<limit).last(where: { index in
            bytes[index] == UInt8(ascii: ":") && bytes[index - 1] == UInt8(ascii: "]")
        }) else { return nil }
        let closing = colon - 1
        guard let opening = (range.lowerBound..<max(range.lowerBound, closing - 1)).last(where: { index in
            bytes[index] == UInt8(ascii: "[") && bytes[index + 1] == UInt8(ascii: "^")
        }) else { return nil }
        return String(decoding: bytes[(opening + 2)..<closing], as: UTF8.self)
    }
}
