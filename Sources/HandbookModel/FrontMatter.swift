/// The fields every page declares at its top, already checked.
public struct FrontMatter: Hashable, Sendable {
    public var title: String
    public var description: String
    public var reviewed: ReviewDate
    /// Left out of the build unless drafts are asked for.
    public var isDraft: Bool
    /// Whether glossary terms are linked on this page.
    public var linksGlossary: Bool

    public init(title: String, description: String, reviewed: ReviewDate, isDraft: Bool = false,
                linksGlossary: Bool = true) {
        self.title = title
        self.description = description
        self.reviewed = reviewed
        self.isDraft = isDraft
        self.linksGlossary = linksGlossary
    }
}
