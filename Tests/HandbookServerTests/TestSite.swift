import Foundation

/// A small site written into a fresh temporary folder, for the tests to build, serve and edit.
struct TestSite {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "handbook-serve-tests-" + UUID().uuidString
        for (path, text) in Self.files { write(path, text) }
        write("content/files/font.woff2", Data([0x77, 0x4F, 0x46, 0x32, 0, 1, 2, 3]))
    }

    var output: String { root + "/.handbook-cache/serve/public" }

    func write(_ path: String, _ text: String) {
        write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) {
        let url = URL(fileURLWithPath: root + "/" + path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: url)
    }

    func read(_ path: String) -> String {
        (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? ""
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    static let playPage = """
        ---
        title: Play
        description: Games for babies.
        reviewed: 2026-01-04
        ---

        ## Peek-a-boo

        Hide your face, then [go back home](../index.md).
        """

    static let files: [String: String] = [
        "handbook.yml": "title: Test Handbook\nbase_url: https://example.org/\nlanguage: en\n",
        "content/SUMMARY.md": "# Summary\n\n- [Home](index.md)\n- [Tips](tips/index.md)\n  - [Play](tips/play.md)\n",
        "content/index.md": """
            ---
            title: Home
            description: The home page.
            reviewed: 2026-01-02
            ---

            Welcome. Read about [play](tips/play.md).
            """,
        "content/tips/index.md": """
            ---
            title: Tips
            description: All the tips.
            reviewed: 2026-01-03
            ---

            ## First tip

            See [the home page](../index.md).
            """,
        "content/tips/play.md": playPage,
        "content/files/data.json": "{\"a\": 1}\n",
        "content/files/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n",
        "templates/page.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}">
            <head><meta charset="utf-8"><title>{{page.title}}</title>
            <link rel="stylesheet" href="{{site.basePath}}assets/style.css"></head>
            <body>
            <main><h1>{{page.title}}</h1>
            {{{page.content}}}
            </main>
            </body>
            </html>
            """,
        "templates/not-found.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}"><head><meta charset="utf-8"><title>{{page.title}}</title></head>
            <body><main><h1>Not found here</h1><a href="{{site.basePath}}">Home</a></main></body></html>
            """,
        "templates/assets/style.css": "body { margin: 0 }\n",
    ]
}
