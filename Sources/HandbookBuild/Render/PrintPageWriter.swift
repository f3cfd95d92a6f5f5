import HandbookModel

/// The whole handbook on one page, `print/index.html`, for printing: every page as a chapter in
/// the outline's order, then the glossary and the sources.
struct PrintPageWriter {
    /// Where the page is written in the output.
    static let outputPath: SitePath = "print/index.html"

    /// One page as a chapter of the print page.
    struct Chapter: Sendable, Equatable {
        var number: Int
        var title: String
        /// The page's own URL, as links on other pages write it.
        var url: String
        var reviewed: String
        var reviewedText: String
        /// The page's body with its lists and References, its ids and links made to fit on
        /// one page (see `PrintChapterRewriter`), as UTF-8.
        var html: [UInt8]
    }

    private let rewriter: PrintChapterRewriter

    /// - Parameter chapterURLs: every chapter's page URL, in the print page's order.
    init(chapterURLs: [String]) {
        var numbers: [String: Int] = [:]
        for (index, url) in chapterURLs.enumerated() { numbers[url] = index + 1 }
        rewriter = PrintChapterRewriter(chapterNumbers: numbers)
    }

    /// Reading order, with the glossary and the sources pages moved to the end, in that order.
    static func order(_ readingOrder: [SitePath]) -> [SitePath] {
        let last: [SitePath] = [GeneratedPages.glossary, GeneratedPages.sources]
        return readingOrder.filter { !last.contains($0) } + last.filter(readingOrder.contains)
    }

    /// The chapter of the page at `url`, whose body the `print-chapter` template rendered as `html`.
    func chapter(title: String, url: String, reviewed: String, reviewedText: String, html: String) -> Chapter {
        let number = rewriter.chapterNumbers[url] ?? 0
        return Chapter(number: number, title: title, url: url, reviewed: reviewed, reviewedText: reviewedText,
                       html: rewriter.rewrite(html, chapter: number))
    }

    /// The template values of the chapters, in order.
    static func values(_ chapters: [Chapter]) -> [ChapterValues] {
        chapters.map(ChapterValues.init)
    }
}
