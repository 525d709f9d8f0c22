import ArgumentParser
import LanternKit

extension Lantern {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the whole parsed notebook for other tools.",
            discussion: """
                Notes, people, tasks, referrals and dated events, as one JSON object with "version": 1.
                Example: lantern export ~/notebook --format json > notebook.json
                """
        )

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: "Output format: json.")
        var format: ExportFormat = .json

        @OptionGroup var global: GlobalOptions

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case json }

        func run() throws {
            let (notebook, _) = try global.load(paths: path.map { [$0] } ?? [])
            emit(JSONOutput.encode(ExportJSON(notebook)) + "\n")
        }
    }
}
