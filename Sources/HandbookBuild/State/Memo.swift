/// The last value made from a key: asked again with an equal key, it gives the same value
/// without making it again. A build keeps a few (the print page's shell, the search index's
/// terms) so that an update whose edit left their inputs alone does not redo them.
struct Memo<Key: Equatable, Value> {
    private var last: (key: Key, value: Value)?

    init() {}

    mutating func value(for key: Key, _ make: () -> Value) -> Value {
        if let last, last.key == key { return last.value }
        let value = make()
        last = (key, value)
        return value
    }
}

extension Memo: Sendable where Key: Sendable, Value: Sendable {}

/// The memos one build hands to the next (see `SiteState`).
struct RenderMemos {
    var printShell = Memo<[PrintPageWriter.Chapter], PrintPageAssembly>()
    var printShellMissingTargets = Memo<String, [String]>()
    /// The search index's terms as JSON, by `SiteState.termUses`.
    var searchTerms = Memo<Int, String>()
    var sitemap = Memo<[SitemapWriter.Entry], String>()
}
