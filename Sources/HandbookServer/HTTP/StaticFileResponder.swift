import Foundation

/// Serves the files of the output folder: content types, ETag and Last-Modified, conditional
/// requests, HEAD and single byte ranges. Folders are served by their `index.html` (never
/// listed); HTML pages get the reload script; a missing file gets the site's `404.html`.
struct StaticFileResponder: Sendable {
    /// Files up to this size are read whole.
    static let wholeFileLimit = 1 << 20

    let resolver: RequestPathResolver

    init(folder: String) {
        self.resolver = RequestPathResolver(folder: folder)
    }

    func respond(to request: PreviewRequest) -> PreviewResponse {
        let response: PreviewResponse
        switch resolver.resolve(request.path) {
        case .file(let path, let status):
            response = serve(path, status: status, for: request)
        case .folderWithoutSlash(let redirect):
            let location = request.query.isEmpty ? redirect : redirect + "?" + request.query
            response = .text(301, "Moved to \(location)", headers: ["Location": location])
        case .notFound:
            response = notFound()
        case .refused:
            response = .text(403, "Forbidden")
        case .malformed:
            response = .text(400, "Bad request")
        }
        return request.method == "HEAD" ? response.withoutBody() : response
    }

    private func serve(_ path: String, status: FileStatus, for request: PreviewRequest, code: Int = 200) -> PreviewResponse {
        let pathExtension = (path as NSString).pathExtension
        var headers = [
            "Content-Type": MediaType.forExtension(pathExtension),
            "Last-Modified": HTTPDate.format(secondsSince1970: status.modificationSeconds),
            "Cache-Control": "no-cache",
            "Accept-Ranges": "bytes",
            "X-Content-Type-Options": "nosniff",
        ]
        // Pages (which get the script) and small files are read whole, so what is sent is what
        // was read even while a rebuild swaps the folder, and their tag comes from their
        // bytes: a page reloads after a restart of the server only when it really changed.
        // Large files are sent as they are read, tagged by their size and time.
        var contents: Data?
        let entityTag: String
        if MediaType.isHTML(pathExtension) || status.size <= Self.wholeFileLimit {
            guard let data = FileManager.default.contents(atPath: path) else { return notFound() }
            entityTag = EntityTag.of(data)
            contents = MediaType.isHTML(pathExtension)
                ? ScriptInjector.inject(ReloadScript.tag(entityTag: entityTag), into: data) : data
        } else {
            entityTag = EntityTag.of(status)
        }
        headers["ETag"] = entityTag
        let length = contents?.count ?? status.size

        var honourRange = true
        if code == 200 {
            switch ConditionalRequest(request: request, entityTag: entityTag, modifiedSeconds: status.modificationSeconds).evaluate() {
            case .notModified:
                headers["Content-Length"] = String(length)
                headers["Content-Type"] = nil
                return PreviewResponse(status: 304, headers: headers)
            case .preconditionFailed:
                return .text(412, "Precondition failed")
            case .proceed(let applies):
                honourRange = applies
            }
        }

        var range = 0..<length
        var code = code
        if code == 200, honourRange {
            switch ByteRange(header: request.header("range"), length: length) {
            case .whole:
                break
            case .part(let part):
                range = part
                code = 206
                headers["Content-Range"] = "bytes \(part.lowerBound)-\(part.upperBound - 1)/\(length)"
            case .unsatisfiable:
                return .text(416, "Range not satisfiable", headers: ["Content-Range": "bytes */\(length)"])
            }
        }
        headers["Content-Length"] = String(range.count)
        if let contents {
            return PreviewResponse(status: code, headers: headers, body: .bytes(contents.subdata(in: range)))
        }
        return PreviewResponse(status: code, headers: headers, body: .file(path: path, range: range))
    }

    /// The site's own `404.html` when it has one.
    private func notFound() -> PreviewResponse {
        switch resolver.resolve("/404.html") {
        case .file(let path, let status):
            return serve(path, status: status, for: PreviewRequest(method: "GET", path: "/404.html"), code: 404)
        default:
            if RequestPathResolver.realPath(resolver.folder) == nil { return Self.notBuiltYet }
            return .text(404, "Not found")
        }
    }

    /// Before the first good build there is nothing to serve: a page that says so, with the
    /// script, so it shows the build's problems and reloads once the site is built.
    static let notBuiltYet: PreviewResponse = {
        let html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Building…</title></head>
            <body><p>The site has not been built yet.</p>\(ReloadScript.tag(entityTag: "\"not-built\""))</body></html>
            """
        let data = Data(html.utf8)
        return PreviewResponse(status: 503, headers: [
            "Content-Type": "text/html; charset=utf-8", "Content-Length": String(data.count),
            "Cache-Control": "no-store", "Retry-After": "1", "ETag": "\"not-built\"",
        ], body: .bytes(data))
    }()
}
