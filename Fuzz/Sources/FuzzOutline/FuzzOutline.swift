import FuzzDriver
import HandbookBuild
import HandbookModel

/// libFuzzer's entry point: the input, decoded leniently, is an outline. Every entry must name a
/// Markdown file inside `content/`, the outline may nest no deeper than the parser allows (the
/// templates render it recursively), and every diagnostic must point at a line of the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOutline(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let (outline, diagnostics) = OutlineParser().parse(SourceFile(displayPath: "content/SUMMARY.md", text: text))
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
    precondition(depth(of: outline.entries) <= OutlineParser.maximumDepth, "the outline nests too deeply")
    for entry in outline.flattened {
        precondition(entry.target.pathExtension.lowercased() == "md")
        precondition(!entry.target.rawValue.hasPrefix("/") && !entry.target.rawValue.hasPrefix("../"))
    }
    for diagnostic in diagnostics {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.line <= lineCount)
    }
    return 0
}

/// How many levels deep the entries nest, counted without recursion.
private func depth(of entries: [OutlineEntry]) -> Int {
    var deepest = 0
    var pending = entries.map { ($0, 1) }
    while let (entry, level) = pending.popLast() {
        deepest = max(deepest, level)
        pending += entry.children.map { ($0, level + 1) }
    }
    return deepest
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzOutline_main")
public func fuzzOutlineMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    handbook_fuzz_main(argc, argv)
}
