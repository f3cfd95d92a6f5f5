/// An output that notes where a page's body was written whole: the link check of a rendered page
/// then passes over what the link stage has checked already (see `SiteRenderer.renderPage`).
///
/// The body is known by identity, not by its text: a write marks only when it writes the very
/// string given (the same storage, which the page holds while it is rendered), so a value that
/// merely equals the body is not taken for it. A body written in pieces (in an indented partial)
/// or escaped is not marked at all, and is checked with the rest.
struct BodyMarkingOutput<Base: TemplateOutput>: TemplateOutput {
    private(set) var base: Base
    /// Where the body's bytes are, and how many; nil when it cannot be told by identity.
    private let body: (address: UnsafeRawPointer, count: Int)?
    /// Where the body was written, in the order written.
    private(set) var bodyRanges: [Range<Int>] = []

    init() {
        base = Base()
        body = nil
    }

    /// - Parameter body: marked when it is longer than 15 bytes (a shorter string is held in
    ///   the `String` itself, and its bytes have no lasting address to tell it by).
    init(_ base: Base, body: String) {
        self.base = base
        let count = body.utf8.count
        // The address is only compared, never read: the caller's string keeps the storage alive.
        let address = count > 15 ? body.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil : nil
        self.body = address.map { ($0, count) }
    }

    var byteCount: Int { base.byteCount }

    func byte(fromEnd distance: Int) -> UInt8 { base.byte(fromEnd: distance) }

    mutating func write(_ text: String) {
        if let body, text.utf8.count == body.count,
           text.utf8.withContiguousStorageIfAvailable({ UnsafeRawPointer($0.baseAddress) == body.address }) == true {
            bodyRanges.append(base.byteCount..<base.byteCount + body.count)
        }
        base.write(text)
    }

    mutating func write(_ text: Substring) { base.write(text) }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) { base.write(bytes) }

    mutating func write(text: Int, of program: TemplateProgram) { base.write(text: text, of: program) }
}
