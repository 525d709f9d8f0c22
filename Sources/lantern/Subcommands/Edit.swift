import ArgumentParser
import Foundation
import LanternKit

extension Lantern {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a person's note in your editor, at the line of the first thing owed.",
            discussion: """
                NAME is a person (as for show and log), a note's path, or part of a file name. A person's note is the \
                one of theirs that carries the first thing owed (as lantern person lists it), opened at its line: the \
                open task that stands for it, else the front-matter key it comes from; with nothing owed, their \
                current note at the top.
                The editor is $VISUAL, else $EDITOR, else vi, run through sh as git runs it \
                (EDITOR="code --wait" works); it gets +LINE (vi, Vim, Neovim, nano, Emacs, Kakoune, micro, Helix…), \
                --goto FILE:LINE (VS Code), FILE:LINE (Sublime Text, Zed), or the file alone. Lantern exits with \
                the editor's status.
                Example: lantern edit jane
                """
        )

        @Argument(
            help: "A person (name, first or last name, alias), a note's path, or part of a file name.",
            completion: NotebookCompletion.notesAndCards)
        var name: String

        @Argument(help: "The notebook folder (default: the current folder).")
        var path: String?

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (notebook, location) = try global.load(paths: path.map { [$0] } ?? (isFile(name) ? [name] : []))
            let place: NoteFinder.Place
            switch NoteFinder.place(location.files.first ?? name, in: notebook) {
            case .success(let p): place = p
            case .failure(let failure): throw fail(failure.message { "lantern edit \($0)" })
            }
            try openInEditor(place, root: notebook.root)
        }
    }
}

/// Opens a note in the user's editor at its place, says on standard error which note, which
/// line and which editor, and ends with the editor's exit status (exit 2 when there is none).
func openInEditor(_ place: NoteFinder.Place, root: String) throws {
    let editor = ExternalEditor(environment: ProcessInfo.processInfo.environment)
    let located = editor.program.flatMap { ExternalEditor.locate($0, path: ProcessInfo.processInfo.environment["PATH"]) }
    let file = OutputPlace.display(root + "/" + place.note.path)
    if let missing = editor.missing(located: located) {
        throw fail("cannot open \(file): \(missing)")
    }
    let style = editor.lineStyle(located: located)
    let chosen = editor.variable.map { "\(editor.command) (from \($0))" } ?? "\(ExternalEditor.fallback) (neither VISUAL nor EDITOR is set)"
    let owed = place.item.map { item in "line \(place.line): \(item.text)" + (item.due.map { ", due \($0)" } ?? "") }
    var said = "lantern: opening \(file)"
    switch (owed, style) {
    case (nil, _): said += " in \(chosen)"
    case (let owed?, .none): said += " in \(chosen), which is not known to take a line number; the first thing owed is on \(owed)"
    case (let owed?, _): said += " at \(owed), in \(chosen)"
    }
    Output.error(said + "\n")
    let status: Int32
    do {
        status = try editor.run(ExternalEditor.arguments(file: file, line: place.line, style: style))
    } catch {
        throw fail(error.description)
    }
    if (status == 126 || status == 127) && editor.program == nil {
        // The shell said why; say where the command came from.
        Output.error("lantern: the editor \(Shell.quote(editor.command)) (from \(editor.variable ?? "the default")) could not be run (exit \(status))\n")
    }
    if status != 0 { throw ExitCode(status) }
}
