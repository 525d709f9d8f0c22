import ArgumentParser
import LanternKit

extension Obligation.Kind: ExpressibleByArgument {}

extension Lantern {
    struct FollowUps: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "followups",
            abstract: "List what to do next: thank-yous, nudges, meetings, follow-ups and your own tasks.",
            discussion: """
                Items are grouped Overdue, Today, This week, Later and Someday. --format ics writes an \
                iCalendar file of the dated items for your calendar app.
                Kinds: \(Obligation.Kind.allCases.map(\.rawValue).joined(separator: ", ")).
                Example: lantern followups --within 7 --kind thank-you --kind nudge
                """
        )

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: ArgumentHelp("Only items due within DAYS days from today (overdue ones included).", valueName: "DAYS"))
        var within: Int?

        @Option(
            help: ArgumentHelp("Only items of this kind (repeatable).", valueName: "KIND"), completion: words(Obligation.Kind.self),
            transform: choice())
        var kind: [Obligation.Kind] = []

        @Option(
            help: ArgumentHelp("Only items about this person (a name, first name or alias).", valueName: "NAME"),
            completion: NotebookCompletion.everyone)
        var person: String?

        @Option(help: "Output format: text, md, json or ics.")
        var format: Format = .text

        @OptionGroup var global: GlobalOptions

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, json, ics }

        func validate() throws {
            if let within, within < 0 { throw ValidationError("--within \(within): give a number of days, 0 or more") }
        }

        func run() throws {
            let (notebook, _) = try global.load(paths: path.map { [$0] } ?? [])
            // The calendar carries every meeting ahead; the lists show the coming week's.
            var filter = FollowUpFilter(within: within, kinds: Set(kind), everyMeeting: format == .ics)
            if let person {
                let people = FollowUpFilter.people(matching: person, in: notebook)
                if people.isEmpty { throw fail("no person in the notebook matches \"\(person)\"") }
                filter.people = people
            }
            ProgressLine.shared.phase("listing what to do next")
            let output = FollowUpsOutput(
                items: LanternKit.FollowUps.items(in: notebook, filter: filter), today: notebook.today,
                filtered: within != nil || !kind.isEmpty || person != nil,
                notesWithErrors: LanternKit.FollowUps.notesWithErrors(in: notebook))
            switch format {
            case .text: emit { output.write(style: TextStyle(color: global.colorOutput), to: &$0) }
            case .md: emit(output.markdown())
            case .json: emit(output.json())
            case .ics: emit(output.calendar(version: Lantern.configuration.version, timeZone: notebook.config.timeZone))
            }
        }
    }
}
