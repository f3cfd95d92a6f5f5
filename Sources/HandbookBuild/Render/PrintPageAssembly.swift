import Foundation
import HandbookModel

/// The print page in two parts: the `print` template rendered with a marker in place of each
/// chapter's body (the shell: small, and cheap to render and check), and the chapters' bodies,
/// put in at the markers when the page is written. After an edit only the changed chapters and
/// the shell are made again; the links of unchanged chapters stay checked.
struct PrintPageAssembly {
    /// The rendered `print` template, each chapter's body a marker.
    let shell: String

    /// The marker standing for chapter `number`'s body: NUL bytes, which no page or template
    /// can hold (the build refuses them), around the number.
    static func marker(_ number: Int) -> String { "\u{0}\(number)\u{0}" }

    /// A stretch of the shell: a run of its bytes, or a chapter's marker.
    enum Piece {
        case run(Range<Int>)
        case chapter(Int)
    }

    /// The shell's bytes read as runs and markers, in order, starting and ending with a run.
    static func pieces<Bytes: RandomAccessCollection<UInt8>>(of bytes: Bytes) -> [Piece] where Bytes.Index == Int {
        var pieces: [Piece] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            guard bytes[index] == 0, let close = bytes[(index + 1)...].firstIndex(of: 0) else {
                index += 1
                continue
            }
            let number = Int(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)) ?? 0
            pieces += [.run(start..<index), .chapter(number)]
            index = close + 1
            start = index
        }
        pieces.append(.run(start..<bytes.endIndex))
        return pieces
    }

    /// The page: the shell with every marker replaced by that chapter's body. Copied once into
    /// a buffer of the exact size: on a large handbook the page is many megabytes.
    func page(_ chapters: [Int: [UInt8]]) -> Data {
        var shell = shell
        return shell.withUTF8 { bytes in
            let pieces = Self.pieces(of: bytes)
            let total = pieces.reduce(0) { total, piece in
                switch piece {
                case .run(let range): total + range.count
                case .chapter(let number): total + (chapters[number]?.count ?? 0)
                }
            }
            var data = Data(count: total)
            data.withUnsafeMutableBytes { (output: UnsafeMutableRawBufferPointer) in
                var offset = 0
                func copy(_ source: UnsafeRawBufferPointer) {
                    guard let base = source.baseAddress, !source.isEmpty else { return }
                    output.baseAddress!.advanced(by: offset).copyMemory(from: base, byteCount: source.count)
                    offset += source.count
                }
                for piece in pieces {
                    switch piece {
                    case .run(let range):
                        copy(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[range]))
                    case .chapter(let number):
                        chapters[number]?.withUnsafeBytes { copy($0) }
                    }
                }
            }
            return data
        }
    }
}
