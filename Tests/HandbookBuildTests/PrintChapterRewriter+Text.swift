@testable import HandbookBuild

extension PrintChapterRewriter {
    /// `rewrite`, read back as text.
    func rewriteText(_ html: String, chapter: Int) -> String {
        String(decoding: rewrite(html, chapter: chapter), as: UTF8.self)
    }
}
