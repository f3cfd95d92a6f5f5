// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "handbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "handbook", targets: ["handbook"]),
        .library(name: "HandbookBuild", targets: ["HandbookBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The preview's HTTP server: light to build (Hummingbird's SwiftNIO would quadruple a
        // clean release build).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev, linked through one module map.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Lets parsers run on several threads at once: keeps cmark-gfm's table of the characters
        // that start an inline the same for every parse (see its header).
        .target(name: "CCmarkSpecialCharacters", dependencies: ["CCmarkGFM"],
                linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // Values shared by every stage: locations, diagnostics, pages, the outline.
        .target(name: "HandbookModel"),
        // The only module that calls cmark-gfm.
        .target(name: "HandbookMarkdown", dependencies: ["CCmarkGFM", "CCmarkSpecialCharacters", "HandbookModel"]),
        // The build pipeline: load, parse, link, check, render, write.
        .target(
            name: "HandbookBuild",
            dependencies: [
                "HandbookModel", "HandbookMarkdown",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The live preview: static server, file watcher, reload channel and error overlay.
        .target(
            name: "HandbookServer",
            dependencies: [
                "HandbookBuild", "HandbookModel",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // Commands and the diagnostic printer, as a library the tests call.
        .target(
            name: "HandbookCLI",
            dependencies: [
                "HandbookBuild", "HandbookModel", "HandbookMarkdown", "HandbookServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // jemalloc in place of glibc's malloc: a build allocates millions of small strings and
        // nodes on both cores, and glibc's allocator was an eighth of its CPU time (10,000 pages:
        // 14% less CPU with jemalloc, the same peak memory). Debian's libjemalloc-dev.
        .executableTarget(name: "handbook", dependencies: ["HandbookCLI"],
                          linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
        .testTarget(name: "HandbookMarkdownTests", dependencies: ["HandbookMarkdown"]),
        .testTarget(name: "HandbookBuildTests", dependencies: ["HandbookBuild", "TestSupport"],
                    exclude: ["Fixtures"]),
        // Helpers more than one test target uses.
        .target(name: "TestSupport", dependencies: ["HandbookBuild"], path: "Tests/TestSupport"),
        .testTarget(name: "HandbookCLITests", dependencies: ["HandbookCLI", "handbook", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "HandbookServerTests", dependencies: ["HandbookServer", "HandbookBuild", "HandbookModel", "handbook", "TestSupport"]),
    ]
)
