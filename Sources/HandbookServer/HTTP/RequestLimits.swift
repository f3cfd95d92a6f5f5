/// What the preview accepts of a request: a static site is read with short GET and HEAD
/// requests without a body.
struct RequestLimits: Sendable {
    var maximumTargetLength = 4096
    var maximumHeaderCount = 100
    var maximumHeaderBytes = 16 * 1024

    /// The answer for a request beyond the limits, or nil when it is within them.
    func refusal(for request: PreviewRequest, targetLength: Int) -> PreviewResponse? {
        if targetLength > maximumTargetLength {
            return .text(414, "URI too long", headers: ["Connection": "close"])
        }
        let headerBytes = request.headers.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 4 }
        if request.headers.count > maximumHeaderCount || headerBytes > maximumHeaderBytes {
            return .text(431, "Request header fields too large", headers: ["Connection": "close"])
        }
        let declaredLength = request.header("content-length").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        if declaredLength > 0 || request.header("transfer-encoding") != nil {
            return .text(413, "A request to the preview has no body", headers: ["Connection": "close"])
        }
        guard request.isRead else {
            return .text(405, "Method not allowed", headers: ["Allow": "GET, HEAD"])
        }
        return nil
    }
}
