// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the handbook's parsers. Built apart from the main package, with the
// sanitizers on the command line (see .ci/fuzz):
//   swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
let package = Package(
    name: "HandbookFuzz",
    dependencies: [
        .package(name: "handbook", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, started from the entry point SwiftPM expects (see FuzzDriver.h).
        .target(name: "FuzzDriver"),
        // The fixed little site the page target builds around its input, and a file system in memory.
        .target(name: "FuzzSupport", dependencies: [.product(name: "HandbookBuild", package: "handbook")]),
        // Front matter, Markdown, glossary, citations and rendering: the whole build of one page.
        .executableTarget(name: "FuzzPage", dependencies: ["FuzzDriver", "FuzzSupport", .product(name: "HandbookBuild", package: "handbook")]),
        // The outline parser, `content/SUMMARY.md`.
        .executableTarget(name: "FuzzOutline", dependencies: ["FuzzDriver", .product(name: "HandbookBuild", package: "handbook")]),
    ]
)
