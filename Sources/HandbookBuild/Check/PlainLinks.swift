/// The bytes-only answer to "is this link fine?" for links that need no more than bytes to
/// answer: all ASCII and no carriage return (so each byte is one `Character`), no `%` in the
/// path (so percent-decoding leaves it as it is). `TemplateLinkChecker.target(of:basePath:)`
/// is the rule; this follows it step by step on bytes.
struct PlainLinks {
    private let basePath: [UInt8]

    /// Nil when the base path itself is not plain: then every link is checked as a string.
    init?(basePath: String) {
        let bytes = Array(basePath.utf8)
        guard bytes.allSatisfy(Self.isPlain) else { return nil }
        self.basePath = bytes
    }

    private static func isPlain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: "\r") }

    /// True when the link (an attribute value as written, `&amp;` not decoded) is certainly not
    /// broken: it is outside the base path, or it names one of `paths` byte for byte. False
    /// when it may be broken, or is not plain: the caller then checks it as a string.
    func namesAFile(_ value: UnsafeBufferPointer<UInt8>, in paths: OutputPaths, scratch: inout [UInt8]) -> Bool {
        var hasAmpersand = false
        for byte in value {
            guard Self.isPlain(byte) else { return false }
            if byte == UInt8(ascii: "&") { hasAmpersand = true }
        }
        guard hasAmpersand else { return namesAFile(url: value, in: paths) }
        scratch.removeAll(keepingCapacity: true)
        var index = 0
        while index < value.count {
            scratch.append(value[index])
            index += value.matches("&amp;", at: index) ? 5 : 1
        }
        return scratch.withUnsafeBufferPointer { namesAFile(url: $0, in: paths) }
    }

    private func namesAFile(url: UnsafeBufferPointer<UInt8>, in paths: OutputPaths) -> Bool {
        guard url.count >= basePath.count, basePath.withUnsafeBufferPointer({ url.hasPrefix($0) }),
              !url.matches("//", at: 0) else { return true }
        var end = basePath.count
        while end < url.count, url[end] != UInt8(ascii: "#"), url[end] != UInt8(ascii: "?") {
            if url[end] == UInt8(ascii: "%") { return false }
            end += 1
        }
        let path = UnsafeBufferPointer(rebasing: url[basePath.count..<end])
        return paths.containsBytes(path, isFolder: path.last.map { $0 == UInt8(ascii: "/") } ?? true)
    }
}
