import ArgumentParser
import Foundation
import HandbookBuild
import HandbookModel

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new page with complete front matter and add it to the outline.",
        discussion: "Creates content/PATH; refuses to overwrite an existing file.")

    @Argument(help: "The page's path inside content/, such as tips/play.md.")
    var path: String

    @Option(name: .long, help: "The page's title.")
    var title: String

    @Option(name: .long, help: "A one-sentence summary (edit it later).")
    var description = "A one-sentence summary of this page."

    @Option(name: .long, help: "The review date, YYYY-MM-DD (default: today).")
    var reviewed: String?

    @OptionGroup var root: RootOptions

    func validate() throws {
        if let reviewed, ReviewDate(reviewed) == nil {
            throw ValidationError("--reviewed must be a date written YYYY-MM-DD")
        }
        if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title must not be empty") }
    }

    func run() throws {
        let date = reviewed.flatMap(ReviewDate.init) ?? Self.today()
        do {
            let written = try PageCreator().create(at: path, title: title, description: description,
                                                   reviewed: date, root: root.resolvedRoot)
            StandardStreams.process.output("created \(written) and added it to the outline")
        } catch {
            StandardStreams.process.error("error: \(error)")
            throw ExitCode(1)
        }
    }

    private static func today() -> ReviewDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return ReviewDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
