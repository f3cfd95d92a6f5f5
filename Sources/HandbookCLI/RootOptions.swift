import ArgumentParser
import Foundation

/// `--root`, shared by the commands that read a site.
struct RootOptions: ParsableArguments {
    @Option(name: .long, help: "The site root, holding handbook.yml, content/ and templates/.",
            completion: .directory)
    var root: String = "."

    /// The root as an absolute path without a trailing slash.
    var resolvedRoot: String {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
    }
}
