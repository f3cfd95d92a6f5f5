import Foundation
import HandbookModel

/// Starts a new page: writes `content/PATH` with complete front matter and adds it to the end
/// of the outline. Never overwrites a file.
public struct PageCreator: Sendable {
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case invalidPath(String)
        case exists(String)
        case missingOutline(String)
        case writeFailed(String)

        public var description: String {
            switch self {
            case .invalidPath(let path): "'\(path)' must be a relative path to a .md file inside content/, such as tips/play.md"
            case .exists(let path): "'\(path)' already exists; choose another path"
            case .missingOutline(let path): "the outline '\(path)' is missing"
            case .writeFailed(let reason): "cannot write the page: \(reason)"
            }
        }
    }

    public init() {}

    /// Creates the page and returns the path written, relative to the root.
    public func create(at path: String, title: String, description: String, reviewed: ReviewDate,
                       root: String) throws(Failure) -> String {
        guard !path.hasPrefix("/"), let sitePath = SitePath("").resolving(path), sitePath.rawValue == path,
              sitePath.pathExtension == "md", sitePath != SiteLayout.outlineFile,
              !sitePath.components.contains(where: { $0.hasPrefix(".") || $0.hasPrefix("-") }) else {
            throw .invalidPath(path)
        }
        let content = root + "/" + SiteLayout.contentFolder
        let file = content + "/" + sitePath.rawValue
        let outline = content + "/" + SiteLayout.outlineFile.rawValue
        let manager = FileManager.default
        guard !manager.fileExists(atPath: file) else { throw .exists(SiteLayout.contentFolder + "/" + path) }
        guard let outlineText = try? String(contentsOfFile: outline, encoding: .utf8) else {
            throw .missingOutline(SiteLayout.contentFolder + "/" + SiteLayout.outlineFile.rawValue)
        }
        let page = """
            ---
            title: \(Self.yamlQuoted(title))
            description: \(Self.yamlQuoted(description))
            reviewed: \(reviewed)
            ---

            Write the guidance here. Cite the source of each fact by its key in seeds.

            """
        let entry = "- [\(title.replacingOccurrences(of: "]", with: ""))](\(sitePath.rawValue))\n"
        let newOutline = outlineText + (outlineText.hasSuffix("\n") || outlineText.isEmpty ? "" : "\n") + entry
        do {
            try manager.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
            guard manager.createFile(atPath: file, contents: Data(page.utf8)) else {
                throw CocoaError(.fileWriteUnknown)
            }
            try Data(newOutline.utf8).write(to: URL(fileURLWithPath: outline), options: .atomic)
        } catch {
            throw .writeFailed(error.localizedDescription)
        }
        return SiteLayout.contentFolder + "/" + sitePath.rawValue
    }

    /// A YAML double-quoted string.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ") + "\""
    }
}
