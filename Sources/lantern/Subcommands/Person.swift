import ArgumentParser
import LanternKit

extension Lantern {
    struct PersonCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "person",
            abstract: "Show one person across all their notes: details, status, a dated timeline, and what is owed next.",
            discussion: """
                NAME is a name, a first or last name, or an alias (case and accents do not matter). \
                `lantern show` is the view of one file; this is the view of one person.
                Example: lantern person jane --today 2026-11-22
                """
        )

        @Argument(help: "A name, first name, last name or alias.", completion: NotebookCompletion.everyone)
        var name: String

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: "Output format: text, md or json.")
        var format: Format = .text

        @OptionGroup var global: GlobalOptions

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, json }

        func run() throws {
            let (notebook, _) = try global.load(paths: path.map { [$0] } ?? [])
            let found = notebook.lookup.people(matching: name)
            guard let index = found.first else {
                throw fail(NoteFinder.Failure.noMatch(name).message { "lantern person \($0)" })
            }
            if found.count > 1 {
                throw fail(
                    NoteFinder.Failure.people(
                        name,
                        found.map { i in
                            (notebook.people[i].name, Shell.quote(notebook.lookup.shortestQuery(for: i, name: notebook.people[i].name)))
                        }
                    ).message { "lantern person \($0)" })
            }
            let output = PersonOutput(report: PersonReport(person: notebook.people[index], in: notebook))
            switch format {
            case .text: emit(output.text(style: TextStyle(color: global.colorOutput)))
            case .md: emit(output.markdown())
            case .json: emit(output.json())
            }
        }
    }
}
