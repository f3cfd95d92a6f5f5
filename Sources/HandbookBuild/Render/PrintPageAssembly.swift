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

    /// The page: the shell with every marker replaced by that chapter's body.
    func page(_ chapters: [Int: String]) -> Data {
        var data = Data()
        data.reserveCapacity(shell.utf8.count + chapters.values.reduce(0) { $0 + $1.utf8.count })
        var shell = shell
        shell.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] == 0, let close = bytes[(index + 1)...].firstIndex(of: 0) else {
                    index += 1
                    continue
                }
                data.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                let number = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<close]), as: UTF8.self)) ?? 0
                data.append(contentsOf: (chapters[number] ?? "").utf8)
                index = close + 1
                start = index
            }
            data.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        return data
    }
}
