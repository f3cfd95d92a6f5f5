import ArgumentParser
import Foundation

/// The `handbook` command line.
public struct HandbookCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "handbook",
        abstract: "Build, check and preview a handbook written in Markdown.",
        discussion: """
            A site is a folder with handbook.yml, content/ (Markdown pages and content/SUMMARY.md, \
            the outline), templates/ (Mustache templates and assets/) and seeds/ (the sources). \
            Exit status: 0 on success, 1 when the content has errors, 2 for usage errors.
            """,
        subcommands: [BuildCommand.self, CheckCommand.self, RenderCommand.self, NewCommand.self, ServeCommand.self])

    public init() {}

    /// Runs the command line, awaiting the commands that work asynchronously, and exits:
    /// usage errors exit with status 2.
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardStreams.process.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
