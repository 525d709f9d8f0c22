import ArgumentParser
import Foundation
import LanternKit

extension Lantern {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a note for a new person, from templates/interview.md.",
            discussion: """
                Creates interviews/YYYY-MM-DD-name.md (the day is --date, else today) and prints its path. \
                The notebook's own templates/interview.md wins over the built-in one; an existing note is \
                never overwritten (the new one gets -2, -3…). --edit then opens it as lantern edit does.
                Example: lantern new "José Núñez" --company Duolingo --introduced-by "María González"
                """
        )

        @Argument(help: "The person's name.")
        var name: String

        @Option(help: "Their company.", completion: NotebookCompletion.companies) var company: String?
        @Option(help: "Their title.") var title: String?
        @Option(help: "Their email address.") var email: String?
        @Option(help: ArgumentHelp("Who introduced you.", valueName: "NAME"), completion: NotebookCompletion.everyone) var introducedBy: String?
        @Option(help: ArgumentHelp("The meeting, if set: YYYY-MM-DD [HH:MM] (also the file's day).", valueName: "DATE")) var date: String?
        @Option(
            help: "The status: prospect (the default, unless --date says scheduled or done), contacted, scheduled, done, declined or dropped.",
            completion: words(Status.self), transform: choice { Status(rawValue: $0.lowercased()) }) var status: Status?

        @Flag(help: "Open the new note in your editor ($VISUAL, else $EDITOR, else vi) once written, as lantern edit does.")
        var edit = false

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (nb, _) = try global.load(paths: self.path.map { [$0] } ?? [], writes: true)
            let slug: String
            do { slug = try Authoring.checkName(name) } catch { throw fail(error.description) }
            var day = nb.today
            var inferred = Status.prospect
            if let date {
                guard let when = DateTime(parsing: date, in: nb.config.timeZone) else {
                    throw fail("--date \(date) is not a date; write \(DateTime.acceptedForms)")
                }
                day = when.day
                inferred = when.day < nb.today ? .done : .scheduled
            }
            // Someone the notebook already knows (a second conversation, a card): their details
            // carry over unless given.
            let known = nb.person(named: name.trimmingCharacters(in: .whitespacesAndNewlines))
            let fields = Authoring.InterviewFields(
                name: name.trimmingCharacters(in: .whitespacesAndNewlines), title: title ?? known?.title, company: company ?? known?.company,
                email: email ?? known?.emails.first, introducedBy: introducedBy, date: date, status: (status ?? inferred).rawValue)
            var created = ""
            do {
                let text = try Authoring.interviewNote(fields, templates: Templates(root: nb.root))
                let folder = nb.root + "/interviews"
                try AtomicWriter.makeFolder(folder)
                let (path, notices) = try Authoring.createUnique(Array(text.utf8), in: folder, base: "\(day)-\(slug)")
                tell(notices)
                emit(OutputPlace.display(path) + "\n")
                created = String(path.dropFirst(nb.root.count + 1))
            } catch {
                throw fail("\(error)")
            }
            guard edit else { return }
            // Read again with the new note in it, for the line of the first thing it carries.
            let (again, _) = try global.load(paths: self.path.map { [$0] } ?? [])
            switch NoteFinder.place(created, in: again) {
            case .success(let place): try openInEditor(place, root: again.root)
            case .failure(let failure): throw fail(failure.message { "lantern edit \($0)" })
            }
        }
    }
}

extension Status: ExpressibleByArgument {}
