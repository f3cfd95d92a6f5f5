/// Where `TemplateRenderer` writes what it renders: a `String` (a fragment the build keeps, a print
/// chapter), or the bytes of a page's file (`HTMLBytes`).
protocol TemplateOutput {
    init()
    /// How many bytes have been written.
    var byteCount: Int { get }
    /// The byte `distance` from the end (1 is the last), within `byteCount`.
    func byte(fromEnd distance: Int) -> UInt8
    mutating func write(_ text: String)
    mutating func write(_ text: Substring)
    /// UTF-8 bytes, a whole number of characters.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>)
    /// The text numbered `text` in `program`.
    mutating func write(text: Int, of program: TemplateProgram)
}

extension TemplateOutput {
    mutating func write(text: Int, of program: TemplateProgram) {
        write(program.texts[text])
    }
}

extension TemplateOutput {
    /// Whether the bytes written since `start` (a `byteCount`) end with a `Character` that is
    /// "\n" ("\r\n" is another).
    func endsWithLineBreak(after start: Int) -> Bool {
        guard byteCount > start, byte(fromEnd: 1) == UInt8(ascii: "\n") else { return false }
        guard byteCount - 2 >= start else { return true }
        return byte(fromEnd: 2) != UInt8(ascii: "\r")
    }
}

extension String: TemplateOutput {
    var byteCount: Int { utf8.count }

    func byte(fromEnd distance: Int) -> UInt8 {
        utf8[utf8.index(utf8.endIndex, offsetBy: -distance)]
    }

    mutating func write(_ text: String) {
        append(text)
    }

    mutating func write(_ text: Substring) {
        append(contentsOf: text)
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(String(decoding: bytes, as: UTF8.self))
    }
}
