import HandbookBuild

/// What the tests that build a site held in memory share: the files every such site needs, and
/// reading a built page back.
enum MemorySite {
    /// `handbook.yml` (with `base_url`) and the two templates a build requires, under `/s`.
    static func basics(baseURL: String = "https://example.org/") -> [String: String] {
        ["/s/handbook.yml": "title: T\nbase_url: \(baseURL)\n",
         "/s/templates/page.mustache": "{{{page.content}}}",
         "/s/templates/not-found.mustache": "404"]
    }

    /// `files` (with `basics`) built from `/s`.
    static func build(_ files: [String: String], baseURL: String = "https://example.org/") -> BuildResult {
        BuildPipeline(fileSystem: .memory(basics(baseURL: baseURL).merging(files) { _, own in own }))
            .run(BuildOptions(root: "/s"))
    }
}

extension BuildResult {
    /// The text of the built file at `path` (relative to the output), nil when there is none.
    func text(of path: String) -> String? {
        files.first { $0.path.rawValue == path }?.contents.data.map { String(decoding: $0, as: UTF8.self) }
    }
}
