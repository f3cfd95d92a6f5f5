/// A request as the preview's responders see it, whatever HTTP library parsed it.
public struct PreviewRequest: Sendable {
    /// `GET`, `HEAD`, … in upper case.
    public var method: String
    /// The request target's path, still percent-encoded: `/tips/play/`.
    public var path: String
    /// The query, without `?`; empty when there is none.
    public var query: String
    /// Header values by lower-case name.
    public var headers: [String: String]

    public init(method: String, path: String, query: String = "", headers: [String: String] = [:]) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// GET or HEAD: the only methods a static site answers.
    var isRead: Bool { method == "GET" || method == "HEAD" }
}
