import ArgumentParser
import Foundation
import LanternKit

extension Lantern {
    struct IndexCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "index",
            abstract: "Write the notebook's index page: people A–Z, companies, interviews, the referral network, tags.",
            discussion: """
                Writes INDEX.md at the notebook root (links relative, for GitHub, Obsidian and any Markdown \
                viewer) and prints its path. It never overwrites an INDEX.md it did not generate. \
                --format dot gives the referral network for Graphviz; json prints the data.
                Example: lantern index && lantern index --format dot | dot -Tsvg > network.svg
                """
        )

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: ArgumentHelp("The file to write, or - for standard output (default: INDEX.md at the root).", valueName: "FILE|-"))
        var out: String?

        @Option(help: "Output format: md, html, json (printed) or dot (printed unless --out FILE).")
        var format: Format = .md

        @OptionGroup var global: GlobalOptions

        enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, json, dot }

        func run() throws {
            let (notebook, _) = try global.load(paths: path.map { [$0] } ?? [], writes: true)
            ProgressLine.shared.phase("building the index")
            let report = IndexReport(notebook: notebook)
            if format == .json {
                emit(JSONOutput.encode(report) + "\n")
                return
            }
            let toStdout = out == "-" || (out == nil && format == .dot)
            let file = toStdout ? nil : OutputPlace.absolute(out ?? notebook.root + "/INDEX." + (format == .html ? "html" : format.rawValue))
            let folder = file.map { ($0 as NSString).deletingLastPathComponent } ?? notebook.root
            ProgressLine.shared.phase("writing the page")
            let page = IndexPage(report: report, linkBase: OutputPlace(folder: folder, root: notebook.root).linkBase)
            let text: String
            do {
                switch format {
                case .md: text = try page.markdown(templates: Templates(root: notebook.root))
                case .html: text = try page.html(templates: Templates(root: notebook.root))
                case .dot, .json: text = page.dot
                }
            } catch {
                throw fail(error.description)
            }
            guard let file else {
                emit(text)
                return
            }
            do {
                try OutputPlace(folder: folder, root: notebook.root).create()
                tell(try Generated.write(text, to: file))
            } catch {
                throw fail(error.description)
            }
            emit(OutputPlace.display(file) + "\n")
        }
    }
}
