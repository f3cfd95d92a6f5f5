import HandbookModel

/// The whole handbook on one page, `print/index.html`, for printing: every page as a chapter in
/// the outline's order, then the glossary and the sources.
struct PrintPageWriter {
    /// Where the page is written in the output.
    static let outputPath: SitePath = "print/index.html"

    /// One page on its way to the print page.
    struct Chapter {
        var title: String
        /// The page's own URL, as links on other pages write it.
        var url: String
        var reviewed: String
        var reviewedText: String
        /// The page's body with its lists and References, as its own page shows them.
        var html: String
    }

    /// Reading order, with the glossary and the sources pages moved to the end, in that order.
    static func order(_ readingOrder: [SitePath]) -> [SitePath] {
        let last: [SitePath] = [GeneratedPages.glossary, GeneratedPages.sources]
        return readingOrder.filter { !last.contains($0) } + last.filter(readingOrder.contains)
    }

    /// The template values of the chapters, numbered from 1, their ids and links made to fit
    /// on one page (see `PrintChapterRewriter`).
    func chapters(_ chapters: [Chapter]) -> [[String: Any]] {
        var numbers: [String: Int] = [:]
        for (index, chapter) in chapters.enumerated() { numbers[chapter.url] = index + 1 }
        let rewriter = PrintChapterRewriter(chapterNumbers: numbers)
        // Each chapter is rewritten on its own, so the chapters share the cores.
        let contents = Array(chapters.enumerated()).concurrentMap { index, chapter in
            rewriter.rewrite(chapter.html, chapter: index + 1)
        }
        return chapters.enumerated().map { index, chapter in
            let number = index + 1
            let id = PrintChapterRewriter.chapterID(number)
            return ["number": number, "id": id, "titleID": id + "-title", "title": chapter.title,
                    "url": chapter.url, "reviewed": chapter.reviewed, "reviewedText": chapter.reviewedText,
                    "content": contents[index]]
        }
    }
}
