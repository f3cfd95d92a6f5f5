/// A link to another site, and where the editor wrote it.
public struct ExternalLink: Hashable, Sendable {
    public var url: String
    public var location: SourceLocation

    public init(url: String, location: SourceLocation) {
        self.url = url
        self.location = location
    }
}
