import Foundation
import TestSupport

/// A copy of the cross-reference fixture site with the handbook's own templates (so the search
/// index and the print page are built too), and random edits of the kinds editors make.
struct EditableSite {
    let scratch: String
    var root: String { scratch + "/site" }
    var output: String { scratch + "/serve/public" }

    private static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    private static let fixture = testsFolder.appendingPathComponent("HandbookBuildTests/Fixtures/cross-references/site").path
    private static let templates = testsFolder.deletingLastPathComponent().appendingPathComponent("templates").path

    init() throws {
        scratch = NSTemporaryDirectory() + "handbook-incremental-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try manager.copyItem(atPath: Self.fixture, toPath: root)
        try manager.removeItem(atPath: root + "/templates")
        try manager.copyItem(atPath: Self.templates, toPath: root + "/templates")
        // The handbook's templates link to an About page.
        append("content/SUMMARY.md", "- [About](about.md)\n")
        write("content/about.md", "---\ntitle: About\ndescription: Who wrote this.\nreviewed: 2026-01-04\n---\n\nWe read [@pang].\n")
    }

    func remove() { try? FileManager.default.removeItem(atPath: scratch) }

    func read(_ path: String) -> String { (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? "" }

    func write(_ path: String, _ text: String) { try! text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8) }

    func append(_ path: String, _ text: String) { write(path, read(path) + text) }

    struct Edit: CustomStringConvertible {
        var path: String
        var description: String
    }

    static let pages = ["index.md", "attachment.md", "quiet.md", "sources.md", "about.md"]
    private static let words = ["calm", "secure base", "attachment", "skin-to-skin contact", "your baby", "cries", "Secure attachment"]

    /// Makes one edit, mostly to a page's body, now and then to what the whole site uses.
    func randomEdit(using random: inout SeededGenerator) -> Edit {
        let page = Self.pages.randomElement(using: &random)!
        let path = "content/" + page
        let other = Self.pages.randomElement(using: &random)!
        let topic = Int.random(in: 1...4, using: &random)
        switch Int.random(in: 0..<20, using: &random) {
        case 0..<4:
            let text = (0..<6).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ")
            append(path, "\n\(text.prefix(1).uppercased())\(text.dropFirst()).\n")
            return Edit(path: path, description: "a paragraph on \(page)")
        case 4..<7:
            append(path, "\n## Topic \(topic)\n\nSome words.\n")
            return Edit(path: path, description: "heading 'Topic \(topic)' on \(page)")
        case 7..<9:
            var lines = read(path).components(separatedBy: "\n")
            if let last = lines.lastIndex(where: { $0.hasPrefix("## ") }) { lines.remove(at: last) }
            write(path, lines.joined(separator: "\n"))
            return Edit(path: path, description: "last heading removed from \(page)")
        case 9..<12:
            append(path, "\nSee [more](\(other)#topic-\(topic)).\n")
            return Edit(path: path, description: "link to \(other)#topic-\(topic) on \(page)")
        case 12:
            let key = ["pang", "winston-2016, p. 3", "robinson-2018", "nope"].randomElement(using: &random)!
            append(path, "\nA fact [@\(key)].\n")
            return Edit(path: path, description: "citation of \(key) on \(page)")
        case 13:
            var lines = read(path).components(separatedBy: "\n")
            while lines.count > 6, lines.last?.isEmpty == true { lines.removeLast() }
            if lines.count > 6 { lines.removeLast() }
            write(path, lines.joined(separator: "\n") + "\n")
            return Edit(path: path, description: "last line removed from \(page)")
        case 14:
            if let original = try? String(contentsOfFile: Self.fixture + "/" + path, encoding: .utf8) { write(path, original) }
            return Edit(path: path, description: "\(page) restored")
        case 15:
            write(path, read(path).replacingOccurrences(of: "\ntitle: ", with: "\ntitle: New "))
            return Edit(path: path, description: "\(page) retitled")
        case 16:
            write(path, read(path).replacingOccurrences(of: "\nreviewed: ", with: "\nreviewed: 20x"))
            return Edit(path: path, description: "bad review date on \(page)")
        case 17:
            append("seeds/pang.md", "\nAnother note.\n")
            return Edit(path: "seeds/pang.md", description: "a note on a source")
        case 18:
            append("content/glossary/secure-base.md", "\nMore about it.\n")
            return Edit(path: "content/glossary/secure-base.md", description: "a glossary definition")
        default:
            append("templates/footer.mustache", "<!-- \(topic) -->\n")
            return Edit(path: "templates/footer.mustache", description: "a template")
        }
    }
}
