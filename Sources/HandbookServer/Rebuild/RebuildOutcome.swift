import Foundation
import HandbookModel

/// What one rebuild found and changed.
public struct RebuildOutcome: Sendable, Equatable {
    /// Every problem the build reported, errors and warnings alike.
    public var diagnostics: [Diagnostic]
    /// The URL paths of the output files that changed, as the preview serves them: `/tips/play/`
    /// for `tips/play/index.html`, `/assets/style.css`. Empty when nothing changed (or the build
    /// failed and wrote nothing); nil means "reload every page".
    public var changedURLs: Set<String>?
    /// False when the build had errors and left the previous output as it was.
    public var succeeded: Bool

    public init(diagnostics: [Diagnostic], changedURLs: Set<String>?, succeeded: Bool) {
        self.diagnostics = diagnostics
        self.changedURLs = changedURLs
        self.succeeded = succeeded
    }

    /// The URL path the preview serves an output file at: `/tips/play/` for
    /// `tips/play/index.html`, `/assets/style.css` for `assets/style.css`, percent-encoded as a
    /// browser's `location.pathname` is. `changedURLs` holds paths of this form.
    public static func url(ofOutputPath outputPath: String) -> String {
        var path = "/" + outputPath
        if path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
