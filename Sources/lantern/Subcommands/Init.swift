import ArgumentParser
import Foundation
import LanternKit

extension Lantern {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set up a notebook: lantern.yml, templates/ to edit, and interviews/.",
            discussion: """
                Never overwrites a file: it says what it created and what it left alone, so it is safe to run twice.
                Example: lantern init ~/notebook
                """
        )

        @Argument(help: "The folder (default: the current folder; created if missing).")
        var folder: String = "."

        func run() throws {
            let root = OutputPlace.absolute(folder)
            var created: [String] = [], kept: [String] = []
            do {
                for dir in [root, root + "/interviews", root + "/templates", root + "/templates/drafts"] {
                    if try AtomicWriter.makeFolder(dir) {
                        created.append(OutputPlace.display(dir) + "/")
                    } else if dir != root {
                        kept.append(OutputPlace.display(dir) + "/")
                    }
                }
                var files = [("lantern.yml", Authoring.settingsFile)]
                files += Templates.builtinFiles.map { ("templates/" + $0.name, $0.text) }
                for (name, text) in files {
                    let path = root + "/" + name
                    let outcome = try AtomicWriter.create(Array(text.utf8), at: path)
                    tell(outcome.notices)
                    if outcome.written { created.append(OutputPlace.display(path)) } else { kept.append(OutputPlace.display(path)) }
                }
            } catch {
                throw fail(error.description)
            }
            for path in created { emit("created \(path)\n") }
            for path in kept { emit("left alone \(path) (it exists)\n") }
            // The next commands run in the notebook: from elsewhere, go there first.
            let here = FileManager.default.currentDirectoryPath
            let inside =
                URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: here).standardizedFileURL.resolvingSymlinksInPath().path
            let cd = inside ? "" : "cd \(Shell.quote(OutputPlace.display(root))) && "
            emit("Next: \(cd)lantern new \"Their Name\" --company Acme, then lantern followups.\n")
        }
    }
}
