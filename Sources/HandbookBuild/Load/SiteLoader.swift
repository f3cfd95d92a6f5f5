import Foundation
import HandbookModel

/// Reads the configuration, content and templates below a site root.
public struct SiteLoader: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .disk) { self.fileSystem = fileSystem }

    public func load(from root: String) -> (SiteSources, [Diagnostic]) {
        var sources = SiteSources(root: root)
        var diagnostics: [Diagnostic] = []

        func readText(_ relative: String) -> SourceFile? {
            switch read(relative, below: root) {
            case .success(let file): return file
            case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
            }
        }

        func list(_ folder: String) -> (files: [String], skipped: [SkippedEntry])? {
            guard fileSystem.kind(root + "/" + folder) == .directory else {
                diagnostics.append(.error(.missingFolder, at: SourceLocation(file: folder),
                                          "the folder '\(folder)/' is missing"))
                return nil
            }
            do {
                let (files, skipped) = try fileSystem.list(root + "/" + folder)
                diagnostics += skipped.map { $0.diagnostic(in: folder) }
                return (files, skipped)
            } catch {
                diagnostics.append(.error(.unreadableFile, at: SourceLocation(file: folder),
                                          "cannot list the folder: \(Self.reason(error))"))
                return nil
            }
        }

        if fileSystem.kind(root + "/" + SiteLayout.configurationFile) == .file {
            sources.configuration = readText(SiteLayout.configurationFile)
        } else {
            diagnostics.append(.error(.invalidConfig, at: SourceLocation(file: SiteLayout.configurationFile),
                                      "the site configuration '\(SiteLayout.configurationFile)' is missing"))
        }

        let content = list(SiteLayout.contentFolder)
        for entry in content?.skipped ?? [] {
            if case .unreadableFolder = entry.reason { sources.unreadableFolders.insert(SitePath(entry.path)) }
        }
        let paths = (content?.files ?? []).map { SitePath($0) }
        let pages = paths.filter { $0.pathExtension.lowercased() == "md" }
        sources.contentFiles.formUnion(paths.filter { $0.pathExtension.lowercased() != "md" })
        // On every core: a large handbook has thousands of pages to read and decode.
        let results = pages.concurrentMap { self.read(SiteLayout.contentFolder + "/" + $0.rawValue, below: root) }
        sources.markdown.reserveCapacity(pages.count)
        for (path, result) in zip(pages, results) {
            switch result {
            case .success(let file): sources.markdown[path] = file
            case .failure(let diagnostic): diagnostics.append(diagnostic); sources.unreadableMarkdown.insert(path)
            }
        }

        if fileSystem.kind(root + "/" + SiteLayout.seedsFolder) == .directory {
            for path in list(SiteLayout.seedsFolder)?.files ?? [] where !path.contains("/") && SitePath(path).pathExtension == "md" {
                if let file = readText(SiteLayout.seedsFolder + "/" + path) {
                    sources.seeds[SitePath(path)] = file
                } else {
                    sources.unreadableSeeds.insert(SitePath(path))
                }
            }
        }

        let assetsPrefix = SiteLayout.assetsFolder + "/"
        for path in list(SiteLayout.templatesFolder)?.files ?? [] {
            if path.hasPrefix(assetsPrefix) {
                sources.assets.append(SitePath(String(path.dropFirst(assetsPrefix.count))))
            } else if !path.contains("/"), SitePath(path).pathExtension == SiteLayout.templateExtension {
                let name = SitePath(path).deletingPathExtension().rawValue
                if let file = readText(SiteLayout.templatesFolder + "/" + path) { sources.templates[name] = file }
            }
        }
        return (sources, diagnostics)
    }

    /// Reads and decodes one text file, `relative` to the site root.
    public func read(_ relative: String, below root: String) -> Result<SourceFile, Diagnostic> {
        do {
            return SourceFile.decode(try fileSystem.read(root + "/" + relative), displayPath: relative)
        } catch {
            return .failure(.error(.unreadableFile, at: SourceLocation(file: relative),
                                   "cannot read the file: \(Self.reason(error))"))
        }
    }

    /// Why a file operation failed, in the system's short words: "permission denied",
    /// "no space left on device".
    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)).lowercased() }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
            case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
            case .fileWriteOutOfSpace: return "no space left on device"
            case .fileWriteVolumeReadOnly: return "read-only file system"
            case .fileReadTooLarge: return "too many files"
            default: break
            }
        }
        return error.localizedDescription
    }
}
