import Foundation
import HandbookModel

/// Writes the built site into a staging folder beside the output folder, then swaps it in, so a
/// build that fails or is killed leaves the previous site as it was.
public struct SiteWriter: Sendable {
    public init() {}

    /// The folder beside `output` that a build of this process writes into.
    static func stagingFolder(for output: String) -> String {
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).staging-\(getpid())").path
    }

    /// Removes staging folders left by earlier builds that were killed.
    public func removeLeftovers(beside output: String) {
        let url = URL(fileURLWithPath: output)
        let parent = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).staging-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }

    static func write(_ file: OutputFile, into folder: String) throws {
        let destination = folder + "/" + file.path.rawValue
        switch file.contents {
        case .bytes(let data):
            try writeBytes(data, to: destination)
        case .text(var text):
            try text.withUTF8 { try writeBytes(UnsafeRawBufferPointer($0), to: destination) }
        case .pieces(let pieces):
            try StreamedFile(destination).append(pieces.map(QueuedFile.Piece.text))
        case .copy(let source):
            // A symbolic link in content/ is copied as the file it names, not as a link back
            // into the sources.
            let target = URL(fileURLWithPath: source).resolvingSymlinksInPath().path
            try FileManager.default.copyItem(atPath: target, toPath: destination)
        }
    }

    /// Writes a new file. Not with `Data.write(to:)`, which syncs every file to the disk: a
    /// site is thousands of files, and the folder they are in is swapped in only once all are
    /// written, so a crash never leaves half a site either way.
    private static func writeBytes(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try writeBytes($0, to: path) }
    }

    private static func writeBytes(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor)
    }

    /// Writes all of `buffer`, however many calls it takes.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }

    /// Writes every file, then replaces `output` with the result.
    public func write(_ files: [OutputFile], to output: String) throws {
        let staged = StagedSite(output: output)
        staged.open()
        staged.write(files)
        try staged.finish()
    }
}

extension SiteWriter {
    /// Writes `files` into the existing site at `output`, each into a temporary file beside it
    /// that is then renamed over the old one, so a reader never sees half a file. For the preview,
    /// after a change to a few pages.
    public func patch(_ files: [OutputFile], in output: String) throws {
        for file in files {
            let destination = output + "/" + file.path.rawValue
            let temporary = destination + ".handbook-\(getpid()).tmp"
            try FileManager.default.createDirectory(atPath: output + "/" + file.path.directory, withIntermediateDirectories: true)
            do {
                try Self.write(OutputFile(SitePath(file.path.rawValue + ".handbook-\(getpid()).tmp"), file.contents), into: output)
                guard rename(temporary, destination) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw error
            }
        }
    }
}
