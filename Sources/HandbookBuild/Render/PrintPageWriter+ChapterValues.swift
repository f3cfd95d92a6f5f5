import Mustache

extension PrintPageWriter {
    /// A chapter as the `print` template reads it: `number`, `id` (`chapter-3`), `titleID`,
    /// `title`, `url`, `reviewed`, `reviewedText` and `content` (HTML).
    struct ChapterValues: Sendable, TemplateParent {
        let chapter: Chapter

        var id: String { PrintChapterRewriter.chapterID(chapter.number) }

        func child(named name: String) -> Any? {
            switch name {
            case "number": chapter.number
            case "id": id
            case "titleID": id + "-title"
            case "title": chapter.title
            case "url": chapter.url
            case "reviewed": chapter.reviewed
            case "reviewedText": chapter.reviewedText
            case "content": String(decoding: chapter.html, as: UTF8.self)
            default: nil
            }
        }
    }
}
