import Dispatch
import HandbookModel

/// A streamed file whose pieces are written in order on a queue of its own, while the caller
/// goes on (with `HANDBOOK_JOBS=1`, at once). A failed write is recorded on the staged site,
/// which then fails the build, and the rest is not written.
final class QueuedFile: @unchecked Sendable {
    enum Piece {
        /// A range of bytes.
        case bytes([UInt8], Range<Int>)
        case text(String)
    }

    private let queue = DispatchQueue(label: "handbook.queued-file")
    private let site: StagedSite
    private let path: SitePath
    // Only touched on `queue`.
    private var file: StreamedFile?

    init(_ file: StreamedFile?, site: StagedSite, path: SitePath) {
        self.file = file
        self.site = site
        self.path = path
    }

    func append(_ pieces: [Piece]) {
        guard !pieces.isEmpty else { return }
        if Parallelism.isSerial {
            write(pieces)
        } else {
            queue.async { self.write(pieces) }
        }
    }

    /// Waits until every piece is written, and closes the file.
    func close() {
        queue.sync { file = nil }
    }

    private func write(_ pieces: [Piece]) {
        do {
            try file?.append(pieces)
        } catch {
            site.record(error, at: path.rawValue)
            file = nil
        }
    }
}
