import ArgumentParser
import Foundation
import LanternKit

extension NoteLog.Event: ExpressibleByArgument {}
extension Channel: ExpressibleByArgument {}
extension Medium: ExpressibleByArgument {}

extension Lantern {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record what happened with someone, changing only the lines it must.",
            discussion: """
                EVENT: attempt, reply, scheduled (with --date, --medium, --duration), done, thank-you, follow-up, \
                declined, dropped, update-introducer, referral "Full Name" (with --email, --note), snooze (with --until).
                NAME is a person (a name, first or last name, or alias; case and accents do not matter) or a \
                note's path; the event goes to the note it belongs to (a thank-you to the latest meeting without one). \
                What was already recorded is never replaced silently (--replace); what already happened is never \
                dated after today. thank-you and follow-up tick the task that stands for them. Every other byte \
                stays as it was; --dry-run shows the change as a diff.
                Example: lantern log jane thank-you --date 2026-11-20
                Example: lantern log jane referral "Sam Lee" --email sam@example.com
                """
        )

        @Argument(help: "A person (name, first or last name, alias) or a note's path.", completion: NotebookCompletion.interviewees)
        var note: String

        @Argument(help: "What happened.", completion: words(NoteLog.Event.self), transform: choice())
        var event: NoteLog.Event

        @Argument(
            help: ArgumentHelp(
                "For referral: the person's full name. Then the notebook folder (default: the current folder).",
                valueName: "name-or-path"))
        var rest: [String] = []

        /// The notebook folder, after the referral's name when there is one.
        var path: String? { event == .referral ? rest.dropFirst().first : rest.first }

        @Option(help: ArgumentHelp("The day it happened (default: today); for scheduled, the meeting: YYYY-MM-DD [HH:MM].", valueName: "DATE"))
        var date: String?

        @Option(
            help: "How: email, phone, linkedin, message, in-person or other (attempt, follow-up).",
            completion: words(Channel.self), transform: choice(Channel.init(word:)))
        var via: Channel?

        @Option(
            name: .customLong("note"),
            help: ArgumentHelp("A few words to keep with the attempt or follow-up; for declined and dropped, the reason.", valueName: "TEXT"))
        var text: String?

        @Option(
            help: "scheduled: how you meet (phone, video, coffee, office, other).",
            completion: words(Medium.self), transform: choice { Medium(rawValue: $0.lowercased()) })
        var medium: Medium?

        @Option(help: ArgumentHelp("scheduled: how long, like 30, \"30m\" or \"1h\".", valueName: "LENGTH"))
        var duration: String?

        @Option(help: "referral: their email.")
        var email: String?

        @Option(help: ArgumentHelp("snooze: the day the next follow-up is due instead.", valueName: "DAY"))
        var until: String?

        @Flag(help: "Record over what is already recorded (a thank-you, a reply, a held meeting).")
        var replace = false

        @Flag(help: "Do not print what the practice says (a fourth attempt, writing after a no).")
        var quiet = false

        @Flag(help: "Print the change as a diff and write nothing.")
        var dryRun = false

        @Flag(help: "Write a note that has other hard links into the file itself (not atomically) instead of refusing.")
        var inPlace = false

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            let expected = event == .referral ? 2 : 1
            if event == .referral, rest.isEmpty {
                throw ValidationError("referral needs the person's name: lantern log NAME referral \"Full Name\" [--email E] [--note TEXT]")
            }
            if rest.count > expected { throw ValidationError("unexpected argument \"\(rest[expected])\"") }
            if until != nil, event != .snooze { throw ValidationError("--until goes with snooze") }
            if event == .snooze, until == nil { throw ValidationError("snooze needs --until YYYY-MM-DD") }
            if medium != nil || duration != nil, event != .scheduled { throw ValidationError("--medium and --duration go with scheduled") }
            if email != nil, event != .referral { throw ValidationError("--email goes with referral") }
            // Nothing given is dropped unseen: an option the event cannot record is refused.
            if text != nil, ![.attempt, .followUp, .referral].contains(event) {
                throw ValidationError(
                    "--note goes with attempt, follow-up and referral; \(event.rawValue) has nowhere to keep it (write it in the note's body)")
            }
            if via != nil, ![.attempt, .followUp].contains(event) {
                throw ValidationError("--via goes with attempt and follow-up")
            }
        }

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
            var request = NoteLog.Request(event: event, date: date, via: via, note: text)
            request.replace = replace
            request.query = Shell.quote(query)
            request.medium = medium
            request.duration = duration
            request.name = event == .referral ? rest.first : nil
            request.email = email
            request.until = until
            request.complete(for: found, in: notebook)
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
            if !quiet { for warning in result.warnings { Output.error("lantern: warning: \(warning)\n") } }
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
