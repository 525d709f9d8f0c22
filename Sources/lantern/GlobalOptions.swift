import ArgumentParser
import Foundation
import LanternKit

/// Options every subcommand takes: `--today`, `--config`, `--color` (docs/format.md, "Dates,
/// times and durations" and "`lantern.yml`").
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

    /// Finds and loads the notebook, or stops with exit 2 and a message, also when the folder is
    /// not a notebook (a command that `writes` says nothing was written, and how to start one).
    func load(paths: [String], writes: Bool = false) throws -> (Notebook, NotebookLocation) {
        let (notebook, location) = try find(paths: paths)
        guard notebook.isNotebook else {
            let (reason, start) = notebook.notANotebook
            throw fail(writes ? "\(reason), so nothing was written; to start one: \(start)" : "\(reason) (to start one: \(start))")
        }
        return (notebook, location)
    }

    private func find(paths: [String]) throws -> (Notebook, NotebookLocation) {
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
    Output.error("lantern: \(message)\n")
    return ExitCode(2)
}

/// Prints `lantern: note: …` on standard error for each thing worth knowing (a leftover kept, a hint).
func tell(_ notices: [String]) {
    for notice in notices { Output.error("lantern: note: \(notice)\n") }
}

/// Writes to standard output as one piece.
func emit(_ text: String) {
    ProgressLine.shared.finish()
    Output.standard(text)
}

/// Writes to standard output piece by piece, as `write` gives the pieces: for outputs too large
/// to hold as one string (`lantern lint` on a large notebook). The progress line is wiped first,
/// and the time it takes is the phase "writing the output" (`LANTERN_TIMINGS`).
func emit(_ write: (inout StandardOutput) -> Void) {
    ProgressLine.shared.phase("writing the output")
    ProgressLine.shared.stopDrawing()
    var out = StandardOutput()
    write(&out)
    out.flush()
    ProgressLine.shared.finish()
}

/// Standard output as a text stream, written in pieces of 64 KB.
struct StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []
    private static let piece = 1 << 16

    init() { buffer.reserveCapacity(StandardOutput.piece) }

    mutating func write(_ text: String) {
        // A piece of its own (a run of lines made on another core) goes out as it is.
        if text.utf8.count >= StandardOutput.piece {
            flush()
            Output.standard(text)
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= StandardOutput.piece { flush() }
    }

    /// Writes what is held.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { Output.standard($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Standard output and error, written with `write(2)`: a failed write is a message and exit 2,
/// never a crash; a reader that went away (`lantern lint | head -1`) ends the output quietly.
enum Output {
    /// Set once standard output's reader has gone; what follows is dropped.
    nonisolated(unsafe) private static var readerGone = false

    static func standard(_ text: String) {
        var text = text
        text.withUTF8 { standard(UnsafeRawBufferPointer($0)) }
    }

    static func standard(_ bytes: UnsafeRawBufferPointer) {
        guard !readerGone else { return }
        switch write(bytes, to: STDOUT_FILENO) {
        case 0: return
        case EPIPE: readerGone = true
        case let code:
            error("lantern: cannot write to standard output: \(String(cString: strerror(code)))\n")
            exit(2)
        }
    }

    /// Standard error: failures are ignored (there is nowhere left to report them).
    static func error(_ text: String) {
        var text = text
        _ = text.withUTF8 { write(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
    }

    /// Writes every byte; 0, or the errno of the failure.
    private static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        var done = 0
        while done < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return 0
    }
}

/// The notebook a command loaded, kept until the process exits: freeing thousands of notes one
/// by one when `run()` returns took longer than checking them, and the process is about to give
/// all its memory back at once anyway.
enum Loaded {
    nonisolated(unsafe) private static var kept: [Notebook] = []

    static func keep(_ notebook: Notebook) { kept.append(notebook) }
}
