import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a regular file with one `open`, `fstat`, `read` and `close`, as many bytes as `fstat`
/// gives: `Data(contentsOf:)` costs a URL, a zeroed buffer and more calls per file, which
/// showed on a handbook of thousands of pages.
enum FileReader {
    /// The file's bytes; nil on any failure, for the caller to learn why from Foundation.
    static func contents(of path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else { return Data() }
        // Not zeroed first, as `Data(count:)` would be: the read fills it.
        guard let buffer = malloc(size) else { return nil }
        var filled = 0
        while filled < size {
            let count = read(descriptor, buffer + filled, size - filled)
            if count < 0, errno == EINTR { continue }
            // A failed read, or a file that shrank while it was read, is left to Foundation.
            guard count > 0 else {
                free(buffer)
                return nil
            }
            filled += count
        }
        return Data(bytesNoCopy: buffer, count: size, deallocator: .free)
    }
}
