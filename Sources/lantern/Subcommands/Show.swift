import ArgumentParser
import LanternKit

extension Lantern {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one note as Lantern understands it.",
            discussion: """
                NOTE is a path, or part of the contact's name (case and accents do not matter).
                Example: lantern show "jose nunez" --format json
                """
        )

        @Argument(help: "A note's path, or part of a contact's name.", completion: NotebookCompletion.notesAndCards)
        var note: String

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @Option(help: "Output format: text or json.")
        var format: ShowFormat = .text

        @OptionGroup var global: GlobalOptions

        enum ShowFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let (notebook, location) = try global.load(paths: path.map { [$0] } ?? (isFile(note) ? [note] : []))
            let query = location.files.first ?? note
            let found: Note
            switch NoteFinder.find(query, for: .current, in: notebook, cards: true) {
            case .success(let n): found = n
            case .failure(let failure): throw fail(failure.message { "lantern show \($0)" })
            }
            switch format {
            case .text: emit(ShowText.render(found, in: notebook, style: TextStyle(color: global.colorOutput)))
            case .json: emit(JSONOutput.encode(ShowJSON(note: found, in: notebook)) + "\n")
            }
        }
    }
}

/// Whether a path names an existing file.
func isFile(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
}

import Foundation
