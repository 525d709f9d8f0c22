import ArgumentParser
import Foundation
import LanternKit

extension NoteLog.Event: ExpressibleByArgument {}
extension Channel: ExpressibleByArgument {}

extension Lantern {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record what happened in a note's front matter, changing only the lines it must.",
            discussion: """
                EVENT: attempt, reply, scheduled (with --date), done, thank-you, follow-up, declined, dropped.
                NOTE is a path, or part of the contact's name (case and accents do not matter).
                Every other byte of the note stays as it was; --dry-run shows the change as a diff.
                Example: lantern log jane thank-you --date 2026-11-20
                """
        )

        @Argument(help: "A note's path, or part of a contact's name.")
        var note: String

        @Argument(help: "What happened.")
        var event: NoteLog.Event

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: ArgumentHelp("The day it happened (default: today); for scheduled, the meeting: YYYY-MM-DD [HH:MM].", valueName: "DATE"))
        var date: String?

        @Option(help: "How: email, phone, linkedin, message, in-person or other (attempt, follow-up).")
        var via: Channel?

        @Option(name: .customLong("note"), help: ArgumentHelp("A few words to keep with the attempt or follow-up.", valueName: "TEXT"))
        var text: String?

        @Flag(help: "Print the change as a diff and write nothing.")
        var dryRun = false

        @Flag(help: "Write a note that has other hard links into the file itself (not atomically) instead of refusing.")
        var inPlace = false

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (notebook, location) = try global.load(paths: path.map { [$0] } ?? (isFile(note) ? [note] : []), writes: true)
            let query = location.files.first ?? note
            let found: Note
            switch NoteFinder.find(query, for: event.purpose, in: notebook) {
            case .success(let n): found = n
            case .failure(let failure):
                var options = ""
                if let date { options += " --date " + Shell.quote(date) }
                if let via { options += " --via \(via.rawValue)" }
                if let text { options += " --note " + Shell.quote(text) }
                throw fail(failure.message { "lantern log \($0) \(event.rawValue)\(options)" })
            }
            let file = notebook.root + "/" + found.path
            let request = NoteLog.Request(event: event, date: date, via: via, note: text)
            // The edit is made on the bytes read under the note's lock, so that two runs at once both count.
            func edit(_ bytes: [UInt8]) throws -> NoteLog.Result {
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw AtomicWriter.Failure("\(found.path) is not UTF-8 text; lantern log edits UTF-8 notes only (convert it first)")
                }
                return try NoteLog.apply(request, to: text, path: found.path, config: notebook.config, today: notebook.today)
            }
            var result: NoteLog.Result?
            do {
                if dryRun {
                    result = try edit(try AtomicWriter.read(file, maxBytes: notebook.config.maxNoteBytes))
                } else {
                    var options = AtomicWriter.Options(inPlace: inPlace, maxBytes: notebook.config.maxNoteBytes)
                    options.hardLinkAdvice = "run again with --in-place to write into the file itself, not atomically"
                    options.testPause = ProcessInfo.processInfo.environment["LANTERN_TEST_WRITE_PAUSE_MS"].flatMap { Int($0) } ?? 0
                    let outcome = try AtomicWriter.update(file, options: options) { current in
                        guard let current else { throw AtomicWriter.Failure("\(found.path) disappeared before Lantern could write it; nothing was written") }
                        let r = try edit(current)
                        result = r
                        return r.changes.isEmpty ? nil : Array(r.editor.text.utf8)
                    }
                    tell(outcome.notices)
                }
            } catch {
                throw fail("\(error)")
            }
            guard let result else { return }
            tell(result.hints)
            guard !result.changes.isEmpty else {
                emit("\(found.path): nothing to change, already recorded\n")
                return
            }
            if dryRun {
                // Named from the current folder, so that `patch -p1` run here applies it (from
                // the notebook's root when the note is outside the current folder).
                let shown = OutputPlace.display(file)
                emit(result.editor.diff(path: shown.hasPrefix("/") ? found.path : shown))
                return
            }
            emit("\(found.path): " + result.changes.joined(separator: "; ") + "\n")
        }
    }
}
