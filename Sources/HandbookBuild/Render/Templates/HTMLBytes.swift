import Foundation

/// A page's bytes as the renderer writes them: one buffer, grown by doubling, handed to the page's
/// file as it is (`data()`). Rendered into a `String`, a page was copied again into its file's
/// `Data`. A class, which owns its buffer and frees it unless it was handed over.
final class HTMLBytes: TemplateOutput {
    private var base: UnsafeMutablePointer<UInt8>?
    private(set) var byteCount = 0
    private var capacity = 0

    init() {}

    init(reserving capacity: Int) {
        grow(to: capacity)
    }

    deinit {
        free(base)
    }

    func byte(fromEnd distance: Int) -> UInt8 {
        base![byteCount - distance]
    }

    func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { write($0) }
        }
    }

    func write(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { write($0) }
        }
    }

    /// A template's text, from the program's bytes.
    func write(text: Int, of program: TemplateProgram) {
        write(program.bytes(ofText: text))
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if byteCount + bytes.count > capacity { grow(to: max(byteCount + bytes.count, 2 * capacity)) }
        (base! + byteCount).update(from: source, count: bytes.count)
        byteCount += bytes.count
    }

    private func grow(to size: Int) {
        guard size > 0, let grown = realloc(base, size) else { return }
        base = grown.assumingMemoryBound(to: UInt8.self)
        capacity = size
    }

    /// The bytes written, handed to the `Data` without a copy; nothing is left here.
    func data() -> Data {
        guard let base, byteCount > 0 else { return Data() }
        let data = Data(bytesNoCopy: base, count: byteCount, deallocator: .free)
        self.base = nil
        byteCount = 0
        capacity = 0
        return data
    }
}
