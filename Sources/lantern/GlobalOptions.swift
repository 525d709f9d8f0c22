import ArgumentParser
import Foundation
import LanternKit

/// Options every subcommand takes (cli.md).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The day to judge dates against (YYYY-MM-DD); also LANTERN_TODAY.", valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("A lantern.yml other than the notebook root's.", valueName: "FILE"))
    var config: String?

    @Option(name: .long, help: "Colour: auto (a terminal only, never with NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today \(today) is not a date; write YYYY-MM-DD")
        }
        if today == nil, let env = ProcessInfo.processInfo.environment["LANTERN_TODAY"], !env.isEmpty, Day(iso: env) == nil {
            throw ValidationError("LANTERN_TODAY=\(env) is not a date; write YYYY-MM-DD")
        }
    }

    /// `--today`, else `LANTERN_TODAY`, else `nil` (the real day in the notebook's zone).
    var fixedToday: Day? {
        if let today { return Day(iso: today) }
        if let env = ProcessInfo.processInfo.environment["LANTERN_TODAY"], !env.isEmpty { return Day(iso: env) }
        return nil
    }

    /// Whether standard output gets colour.
    var colorOutput: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true && isatty(STDOUT_FILENO) == 1
        }
    }

    /// Finds and loads the notebook, or stops with exit 2 and a message.
    func load(paths: [String]) throws -> (Notebook, NotebookLocation) {
        do {
            let location = try NotebookLocation.find(paths: paths, configFile: config)
            let draw = ProgressLine.wanted, timings = ProgressLine.timingsWanted
            let progress: ProgressLine? = draw || timings ? ProgressLine.shared : nil
            progress?.start(draw: draw, timings: timings)
            let notebook = try Loader.load(location, today: fixedToday, progress: progress)
            Loaded.keep(notebook)
            progress?.phase("working")
            return (notebook, location)
        } catch {
            throw fail(error.description)
        }
    }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Prints `lantern: message` on standard error and returns the exit code 2 to throw.
func fail(_ message: String) -> ExitCode {
    ProgressLine.shared.finish()
    FileHandle.standardError.write(Data("lantern: \(message)\n".utf8))
    return ExitCode(2)
}

/// Writes to standard output as one piece.
func emit(_ text: String) {
    ProgressLine.shared.finish()
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// The notebook a command loaded, kept until the process exits: freeing thousands of notes one
/// by one when `run()` returns took longer than checking them, and the process is about to give
/// all its memory back at once anyway.
enum Loaded {
    nonisolated(unsafe) private static var kept: [Notebook] = []

    static func keep(_ notebook: Notebook) { kept.append(notebook) }
}
