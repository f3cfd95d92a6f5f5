import Foundation
import FuzzDriver
import FuzzSupport
import HandbookBuild

/// libFuzzer's entry point: the input is one page of a small site held in memory (see
/// `FuzzSite.page(from:)`), built by the whole pipeline, reading grades included. Whatever the
/// input, the build must finish; every diagnostic must name a file of the site; every file the
/// site would write must stay inside the output folder; and no page may hold a script or a
/// `javascript:` URL, since the templates have none and the Markdown may not add one. Text
/// attributes may hold the words "javascript:" (a page's description, in `<meta content>`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPage(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let page = FuzzSite.page(from: Data(bytes: bytes, count: count))
    let pipeline = BuildPipeline(fileSystem: .memoryBytes(FuzzSite.files(page: page)))
    let result = pipeline.run(BuildOptions(root: FuzzSite.root, checksReadingGrades: true))
    for diagnostic in result.diagnostics {
        precondition(!diagnostic.location.file.hasPrefix("/"), "a diagnostic names an absolute path: \(diagnostic)")
        precondition(diagnostic.location.line >= 0 && diagnostic.location.column >= 0, "a negative position: \(diagnostic)")
    }
    for file in result.files {
        let parts = file.path.rawValue.split(separator: "/", omittingEmptySubsequences: false)
        precondition(!file.path.rawValue.hasPrefix("/") && !parts.contains("..") && !parts.contains(""),
                     "a file outside the output folder: \(file.path)")
        guard case .bytes(let data) = file.contents, file.path.pathExtension == "html" else { continue }
        let html = String(decoding: data, as: UTF8.self).lowercased()
        precondition(!html.contains("<script"), "a script on \(file.path)")
        precondition(!holdsJavaScriptURL(html), "a javascript: URL on \(file.path)")
    }
    if result.succeeded {
        precondition(result.files.contains { $0.path.rawValue == "tips/page/index.html" }, "the page was not rendered")
    }
    return 0
}

/// The attributes whose value a browser follows or loads as a URL.
private let urlAttributes = ["href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href"]

/// Whether lowercased HTML has a `javascript:` URL in a URL attribute.
private func holdsJavaScriptURL(_ html: String) -> Bool {
    urlAttributes.contains { html.contains(" \($0)=\"javascript:") || html.contains(" \($0)='javascript:") }
}

/// The entry point SwiftPM links as `main`: hands over to libFuzzer.
@_cdecl("FuzzPage_main")
public func fuzzPageMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    handbook_fuzz_main(argc, argv)
}
