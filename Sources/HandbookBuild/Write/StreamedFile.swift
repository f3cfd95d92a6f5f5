import Foundation

/// A new file written piece by piece, each piece as it comes, so a large file (the print page)
/// is never whole in memory.
final class StreamedFile {
    private let descriptor: Int32

    init(_ path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    deinit { close(descriptor) }

    func append(_ bytes: UnsafeRawBufferPointer) throws {
        try SiteWriter.writeAll(bytes, to: descriptor)
    }

    func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { try append(UnsafeRawBufferPointer($0)) }
    }

    /// Writes the pieces one after another, a few hundred at a time in one `writev`: the print
    /// page of a large handbook comes in tens of thousands of pieces.
    func append(_ pieces: [QueuedFile.Piece]) throws {
        var start = pieces.startIndex
        while start < pieces.endIndex {
            let end = min(start + Self.piecesPerCall, pieces.endIndex)
            var vectors: [iovec] = []
            vectors.reserveCapacity(end - start)
            try withPinned(pieces[start..<end], into: &vectors)
            start = end
        }
    }

    /// At most `IOV_MAX` (1024 on Linux), and few enough that pinning them one inside another
    /// stays shallow.
    private static let piecesPerCall = 256

    /// Each piece's bytes, held in place while the ones after it are added, then all written.
    private func withPinned(_ pieces: ArraySlice<QueuedFile.Piece>, into vectors: inout [iovec]) throws {
        guard let piece = pieces.first else { return try writeAll(vectors) }
        func add(_ bytes: UnsafeRawBufferPointer) throws {
            if let base = bytes.baseAddress, !bytes.isEmpty {
                vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: base), iov_len: bytes.count))
            }
            try withPinned(pieces.dropFirst(), into: &vectors)
        }
        switch piece {
        case .bytes(let bytes, let range):
            try bytes.withUnsafeBytes { try add(UnsafeRawBufferPointer(rebasing: $0[range])) }
        case .text(var text):
            try text.withUTF8 { try add(UnsafeRawBufferPointer($0)) }
        }
    }

    /// `writev` until every byte is written.
    private func writeAll(_ vectors: [iovec]) throws {
        var vectors = vectors[...]
        while !vectors.isEmpty {
            var written = vectors.withUnsafeBufferPointer { writev(descriptor, $0.baseAddress, Int32($0.count)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            // Drops what was written: whole vectors, then part of the next.
            while let first = vectors.first, written >= first.iov_len {
                written -= first.iov_len
                vectors = vectors.dropFirst()
            }
            if written > 0, let first = vectors.first {
                vectors[vectors.startIndex] = iovec(iov_base: first.iov_base + written, iov_len: first.iov_len - written)
            }
        }
    }
}
