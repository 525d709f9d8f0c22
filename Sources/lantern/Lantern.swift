import Foundation
import ArgumentParser
import LanternKit

@main
struct Lantern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lantern",
        abstract: "Keeps your informational-interview notebook honest: what to do next, and how your week went.",
        discussion: """
            Your notebook is a folder of Markdown notes, one per conversation, with YAML front matter.
            Example: lantern show jane --today 2026-11-22
            """,
        version: lanternVersion,
        subcommands: [
            Init.self, New.self, Log.self, DraftCommand.self, Lint.self, FollowUps.self, ListCommand.self, WeekCommand.self, IndexCommand.self, Contacts.self,
            Rules.self, Show.self, PersonCommand.self, Edit.self, Export.self, LSP.self,
        ]
    )

    /// Runs the command; bad arguments exit with 2, as every other "could not do its job" does.
    static func main() {
        // A closed pipe is an error code from write(2), handled by Output, not a signal that kills.
        signal(SIGPIPE, SIG_IGN)
        if let message = unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
            Output.error(message + "\n")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ProgressLine.shared.finish()
            let code = exitCode(for: error)
            if code == .validationFailure {
                Output.error(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// What to say when the first word names no command (`lantern folowups`): the closest
    /// command (within two edits, or the only one it begins), and where the list is.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(word) else { return nil }
        let begun = names.filter { $0.hasPrefix(word.lowercased()) }
        let near = closest(word, in: names) ?? (begun.count == 1 ? begun[0] : nil)
        return "lantern: no command \"\(word)\"" + (near.map { " (did you mean \($0)?)" } ?? "")
            + "; the commands are " + names.dropLast().joined(separator: ", ") + " (lantern --help says what each does)"
    }
}
