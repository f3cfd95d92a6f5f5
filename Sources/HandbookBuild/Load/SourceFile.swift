import Foundation
import HandbookModel

/// A text file the editor wrote, decoded, with `\r\n` and lone `\r` turned into `\n`.
public struct SourceFile: Hashable, Sendable {
    /// The largest text file the build reads: far above any real page (the handbook's largest
    /// is about 20 kB), low enough that every stage stays quick on it.
    public static let maximumByteCount = 2_000_000

    /// The path printed in diagnostics, relative to the site root: `content/tips/play.md`.
    public var displayPath: String
    public var text: String

    public init(displayPath: String, text: String) {
        self.displayPath = displayPath
        self.text = text
    }

    /// Decodes UTF-8 (dropping a byte-order mark); a file that is too large, is not UTF-8 or
    /// holds a NUL byte gives a diagnostic at the first offending place instead.
    public static func decode(_ data: Data, displayPath: String) -> Result<SourceFile, Diagnostic> {
        if data.count > maximumByteCount {
            return .failure(.error(.fileTooLarge, at: SourceLocation(file: displayPath),
                                   "the file is too large (\(megabytes(data.count)); the limit is \(megabytes(maximumByteCount))): split it into smaller files"))
        }
        // The checks below read the bytes through one pointer: going through `Data`'s own
        // collection methods costs an exclusivity check per byte, which showed in profiles.
        let decoded: Result<String, Diagnostic> = data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            let start = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let bytes = UnsafeBufferPointer(rebasing: all[start...])
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                return .failure(.error(.invalidEncoding, at: SourceLocation(file: displayPath, line: 1, column: 1),
                                       "the file is UTF-16 text: save it as UTF-8"))
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(invalidUTF8(in: data, displayPath: displayPath))
            }
            if let nul = firstIndex(of: 0, in: bytes) {
                return .failure(.error(.invalidEncoding, at: location(of: nul, in: bytes, file: displayPath),
                                       "the file contains a NUL byte"))
            }
            return .success(firstIndex(of: 0x0D, in: bytes) != nil
                ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                : text)
        }
        return decoded.map { SourceFile(displayPath: displayPath, text: $0) }
    }

    /// `bytes.firstIndex(of: byte)` by `memchr`, which reads many bytes at a time.
    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The diagnostic for a file that is not UTF-8, at the first offending byte.
    private static func invalidUTF8(in data: Data, displayPath: String) -> Diagnostic {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let offset = firstInvalidOffset(in: bytes)
        return .error(.invalidEncoding, at: location(of: offset, in: bytes, file: displayPath),
                      "the file is not valid UTF-8 text (byte \(String(format: "0x%02X", bytes[offset])) here): save it as UTF-8")
    }

    /// The index of the first byte that does not start or continue a valid UTF-8 sequence.
    private static func firstInvalidOffset(in bytes: Data.SubSequence) -> Data.Index {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return bytes.startIndex
            }
        }
    }

    /// The line and column of a byte: lines end at `\n`, `\r\n` or a lone `\r`, as the decoded
    /// text has them; the column counts the characters before the byte on its line.
    private static func location<Bytes: Collection<UInt8>>(of offset: Int, in bytes: Bytes, file: String) -> SourceLocation
    where Bytes.Index == Int {
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.endIndex || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let before = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return SourceLocation(file: file, line: line, column: before.count + 1)
    }

    private static func megabytes(_ count: Int) -> String {
        count % 1_000_000 == 0 ? "\(count / 1_000_000) MB" : String(format: "%.1f MB", Double(count) / 1_000_000)
    }
}
