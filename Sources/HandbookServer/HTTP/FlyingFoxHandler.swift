import FlyingFox
import Foundation

/// Turns FlyingFox's requests into `PreviewRequest`s and `PreviewResponse`s back into its
/// responses: the only place besides `PreviewHTTPServer` that knows the HTTP library.
struct FlyingFoxHandler: HTTPHandler {
    let responder: PreviewResponder

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        var headers: [String: String] = [:]
        for (name, value) in request.headers {
            let key = name.rawValue.lowercased()
            headers[key] = headers[key].map { $0 + ", " + value } ?? value
        }
        let preview = PreviewRequest(method: request.method.rawValue, path: request.target.path(),
                                     query: request.target.query(), headers: headers)
        return Self.response(for: await responder.respond(to: preview))
    }

    static func response(for preview: PreviewResponse) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in preview.headers { headers[HTTPHeader(name)] = value }
        let status = HTTPStatusCode(preview.status, phrase: reasonPhrase(preview.status))
        switch preview.body {
        case .none:
            return HTTPResponse(statusCode: status, headers: headers)
        case .bytes(let data):
            return HTTPResponse(statusCode: status, headers: headers, body: data)
        case .file(let path, let range):
            // The file may have been replaced by a rebuild since it was looked at.
            guard let body = try? HTTPBodySequence(file: URL(fileURLWithPath: path), range: range) else {
                return response(for: .text(503, "The site is being rebuilt: try again", headers: ["Retry-After": "1"]))
            }
            return HTTPResponse(statusCode: status, headers: headers, body: body)
        case .events(let events):
            return HTTPResponse(statusCode: status, headers: headers,
                                body: HTTPBodySequence(from: EventStreamBytes(events: events), suggestedBufferSize: 16 * 1024))
        }
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 206: "Partial Content"
        case 301: "Moved Permanently"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 412: "Precondition Failed"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 416: "Range Not Satisfiable"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}
