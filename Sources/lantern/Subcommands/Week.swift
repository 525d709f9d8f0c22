import ArgumentParser
import Foundation
import LanternKit

extension Lantern {
    struct WeekCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "week",
            abstract: "Write the weekly summary page: the week in numbers, meetings, what is due, the pipeline, the trend.",
            discussion: """
                Writes reports/YYYY-Www.md and reports/YYYY-Www.html (the folder is "reports" in \
                lantern.yml) and prints their paths. It only ever overwrites pages it generated. \
                --out - prints one format instead; --format json prints the data.
                Example: lantern week --last && open reports/2026-W46.html
                """
        )

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: ArgumentHelp("The week to summarize, like 2026-W47 (default: the week containing today).", valueName: "YYYY-Www"))
        var week: String?

        @Flag(help: "Summarize the week before this one.")
        var last = false

        @Option(help: ArgumentHelp("The folder to write in, or - for standard output.", valueName: "DIR|-"))
        var out: String?

        @Option(help: "Only this format: md, html or json (json and --out - print to standard output).")
        var format: PageFormat?

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if week != nil, last { throw ValidationError("give --week or --last, not both") }
            if let week, Week(iso: week) == nil { throw ValidationError("--week \(week) is not a week; write it like 2026-W47") }
        }

        func run() throws {
            let (notebook, _) = try global.load(paths: path.map { [$0] } ?? [], writes: true)
            let config = notebook.config
            var chosen = Week(containing: notebook.today, startsOn: config.weekStart)
            if let week { chosen = Week(iso: week, startsOn: config.weekStart)! }
            if last { chosen = chosen.previous }
            ProgressLine.shared.phase("checking notes")
            let context = LintContext(notebook: notebook)
            let lint = Linter().run(notebook, context: context)
            ProgressLine.shared.phase("summing up the week")
            let report = WeekReport(week: chosen, notebook: notebook, lint: lint)
            ProgressLine.shared.phase("writing the page")
            let templates = Templates(root: notebook.root)

            if format == .json {
                emit(JSONOutput.encode(report) + "\n")
                return
            }
            if out == "-" {
                let page = WeekPage(report: report, linkBase: "")
                emit(try render(page, format ?? .md, templates))
                return
            }
            let place = OutputPlace(folder: out ?? notebook.root + "/" + config.reports, root: notebook.root)
            let page = WeekPage(report: report, linkBase: place.linkBase)
            do {
                try place.create()
                for f in format.map({ [$0] }) ?? [.md, .html] {
                    let file = place.folder + "/" + report.week + "." + f.rawValue
                    tell(try Generated.write(try render(page, f, templates), to: file))
                    emit(OutputPlace.display(file) + "\n")
                }
            } catch let error as Generated.WriteError {
                throw fail(error.description)
            }
        }

        func render(_ page: WeekPage, _ format: PageFormat, _ templates: Templates) throws -> String {
            do {
                return format == .html ? try page.html(templates: templates) : try page.markdown(templates: templates)
            } catch {
                throw fail(error.description)
            }
        }
    }
}

enum PageFormat: String, ExpressibleByArgument, CaseIterable { case md, html, json }
