import ArgumentParser
import Foundation
import LanternKit

extension Draft.Kind: ExpressibleByArgument {}

extension Lantern {
    struct DraftCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: "Print an email draft filled from a note: outreach, nudge, thank-you, follow-up, update-introducer.",
            discussion: """
                From templates/drafts/KIND.md (the notebook's own wins). Outreach drafts follow the \
                "6-point email": short, the connection first, interest in their work, a question, no job request.
                Example: lantern draft thank-you jane | pbcopy
                """
        )

        @Argument(help: "outreach, nudge, thank-you, follow-up or update-introducer.", completion: words(Draft.Kind.self), transform: choice())
        var kind: Draft.Kind

        @Argument(help: "A note's path, or part of a contact's name.", completion: NotebookCompletion.interviewees)
        var note: String

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (notebook, location) = try global.load(paths: path.map { [$0] } ?? (isFile(note) ? [note] : []))
            let found: Note
            switch NoteFinder.find(location.files.first ?? note, for: kind.purpose, in: notebook) {
            case .success(let n): found = n
            case .failure(let failure): throw fail(failure.message { "lantern draft \(kind.rawValue) \($0)" })
            }
            if let reason = Draft.refusal(kind, note: found, in: notebook) { throw fail(reason) }
            do {
                let text = try Draft.render(kind, note: found, in: notebook, templates: Templates(root: notebook.root))
                emit(text.hasSuffix("\n") ? text : text + "\n")
            } catch {
                throw fail(error.description)
            }
        }
    }
}
