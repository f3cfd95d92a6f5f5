#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Maps a request's path to a file inside the output folder, and refuses every path that could
/// reach outside it: `..` and `.` segments (also percent-encoded), backslashes, NUL bytes,
/// targets that are not absolute paths, and symbolic links that lead out of the folder.
struct RequestPathResolver: Sendable {
    enum Resolution: Equatable {
        /// A regular file: its real path (no symbolic links left) and status.
        case file(path: String, status: FileStatus)
        /// A folder asked for without the trailing slash: redirect to this URL path.
        case folderWithoutSlash(redirect: String)
        case notFound
        /// A path that tries to leave the folder, or that a static site cannot have.
        case refused
        case malformed
    }

    /// The output folder.
    let folder: String

    func resolve(_ percentEncodedPath: String) -> Resolution {
        guard percentEncodedPath.hasPrefix("/") else { return .malformed }
        guard let decoded = percentEncodedPath.removingPercentEncoding else { return .malformed }
        if decoded.contains("\0") || decoded.contains("\\") { return .refused }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .refused }
        // The real folder is looked up on every request: a rebuild swaps in a new folder.
        guard let realFolder = Self.realPath(folder) else { return .notFound }
        let candidate = segments.isEmpty ? realFolder : realFolder + "/" + segments.joined(separator: "/")
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard real == realFolder || real.hasPrefix(realFolder + "/") else { return .refused }
        guard let status = FileStatus(path: real) else { return .notFound }

        switch status.kind {
        case .regularFile:
            return .file(path: real, status: status)
        case .directory:
            guard decoded.hasSuffix("/") else {
                let urlPath = "/" + segments.joined(separator: "/") + "/"
                return .folderWithoutSlash(redirect: urlPath.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "/")
            }
            let index = real + "/index.html"
            guard let indexReal = Self.realPath(index),
                  indexReal.hasPrefix(realFolder + "/"),
                  let indexStatus = FileStatus(path: indexReal), indexStatus.kind == .regularFile
            else { return .notFound }
            return .file(path: indexReal, status: indexStatus)
        case .other:
            return .notFound
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
