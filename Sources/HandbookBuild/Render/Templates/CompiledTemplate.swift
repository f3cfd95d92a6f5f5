/// A Mustache template turned into nodes that `TemplateRenderer` renders without swift-mustache's
/// per-lookup costs (names split on every lookup, a copy of the context per section item, HTML
/// escaping one `Character` at a time), which were about a third of a build's time.
///
/// swift-mustache stays the parser of record: a template is compiled only after it parsed there,
/// and `compile` gives nil for whatever it does not support (set-delimiter tags, inheritance
/// `{{<`/`{{$`, transforms such as `{{uppercased(x)}}`, `{{%` configuration tags, dynamic partials
/// `{{>*x}}`), and such a template is rendered by swift-mustache. The nodes are exactly the tokens
/// swift-mustache makes, whitespace included, so that both render the same bytes.
struct CompiledTemplate: Sendable {
    let nodes: [TemplateNode]
    /// The partials the template names, for knowing which templates render entirely here.
    let partialNames: Set<String>
    /// Bytes of text in the template: a first guess at the size of what it renders.
    let textSize: Int

    /// nil when the template uses something the compiled form does not support, or does not parse.
    static func compile(_ text: String) -> CompiledTemplate? {
        var scanner = TemplateScanner(text)
        guard let parsed = try? scanner.parseBlock(closing: nil, atLineStart: true) else { return nil }
        let nodes = joiningTexts(parsed)
        var names: Set<String> = []
        var size = 0
        func collect(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text(let text): size += text.utf8.count
                case .variable: break
                case .section(_, let inner), .invertedSection(_, let inner): collect(inner)
                case .partial(let name, _): names.insert(name)
                }
            }
        }
        collect(nodes)
        return CompiledTemplate(nodes: nodes, partialNames: names, textSize: size)
    }

    /// The nodes with each run of text nodes made one: a page's templates are a hundred lines of
    /// text between a few dozen tags, and each node costs an append and a retain of its text,
    /// which all the threads rendering pages share. (The renderer cuts a text at its line breaks
    /// again where a partial's lines are indented.)
    private static func joiningTexts(_ nodes: [TemplateNode]) -> [TemplateNode] {
        var joined: [TemplateNode] = []
        for node in nodes {
            switch node {
            case .text(let text):
                if case .text(let previous) = joined.last {
                    joined[joined.count - 1] = .text(previous + text)
                } else {
                    joined.append(node)
                }
            case .section(let name, let inner): joined.append(.section(name, joiningTexts(inner)))
            case .invertedSection(let name, let inner): joined.append(.invertedSection(name, joiningTexts(inner)))
            case .variable, .partial: joined.append(node)
            }
        }
        return joined
    }
}
