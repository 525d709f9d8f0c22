import ArgumentParser
import Foundation
import LanternKit

/// Shell completion that knows the notebook in the current folder: the people, companies and tags
/// a command can be given (swift-argument-parser's custom completions, for bash, zsh and fish).
///
/// Each TAB runs `lantern` once; the notebook is loaded once in that run, without a progress
/// line, and only when the current folder is in a notebook (a `lantern.yml` in it or a folder
/// above, or an `interviews/` folder): in any other folder nothing is offered, rather than every
/// Markdown file below it being read. Nothing is ever printed but the candidates.
enum NotebookCompletion {
    /// The notebook of the current folder, or `nil` outside one or when it cannot be read.
    static let notebook: Notebook? = {
        let here = FileManager.default.currentDirectoryPath
        guard let location = try? NotebookLocation.find(paths: [], configFile: nil) else { return nil }
        var isFolder: ObjCBool = false
        let hasInterviews = FileManager.default.fileExists(atPath: here + "/interviews", isDirectory: &isFolder) && isFolder.boolValue
        guard location.configFile != nil || hasInterviews, let notebook = try? Loader.load(location), notebook.isNotebook else { return nil }
        return notebook
    }()

    /// People with an interview note, and note paths when what is typed looks like one (`log`, `draft`).
    static let interviewees = candidates { notebook, typed in
        CompletionCandidates.notePaths(in: notebook, typed: typed, from: FileManager.default.currentDirectoryPath)
            + CompletionCandidates.people(in: notebook, typed: typed)
    }
    /// People with an interview note or a card, and note paths (`show`).
    static let notesAndCards = candidates { notebook, typed in
        CompletionCandidates.notePaths(in: notebook, typed: typed, from: FileManager.default.currentDirectoryPath, cards: true)
            + CompletionCandidates.people(in: notebook, typed: typed, cards: true)
    }
    /// Everyone the notebook names (`person`, `followups --person`).
    static let everyone = candidates { CompletionCandidates.people(in: $0, typed: $1, everyone: true) }
    /// Everyone who introduced someone (`list --introduced-by`).
    static let introducers = candidates { CompletionCandidates.introducers(in: $0, typed: $1) }
    static let companies = candidates { CompletionCandidates.companies(in: $0, typed: $1) }
    static let tags = candidates { CompletionCandidates.tags(in: $0, typed: $1) }

    /// A custom completion from the notebook; what was typed is the word's text before the cursor.
    static func candidates(_ make: @escaping @Sendable (Notebook, String) -> [String]) -> CompletionKind {
        .custom { _, _, typed in
            guard let notebook else { return [] }
            return make(notebook, typed).map(forShell)
        }
    }

    /// A candidate as the requesting shell takes it. bash reads the list through `compgen -W`,
    /// which expands each word (quotes, `$`, `!`…), so every ASCII character that could mean
    /// something there is escaped with a backslash (`Sam O\'Connor`); zsh and fish take them as
    /// they are.
    static func forShell(_ candidate: String) -> String {
        guard CompletionShell.requesting == .bash else { return candidate }
        var out = ""
        for ch in candidate {
            if ch.isASCII, !ch.isLetter, !ch.isNumber, !" -_./:,@+=%".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// Rule ids (`rules ID`).
    static let ruleIDs = CompletionKind.list(allRules.map { $0.id })

    /// `ID=SEVERITY` for every rule and level (`--rule`).
    static let ruleSettings = CompletionKind.custom { _, _, typed in
        allRules.flatMap { rule in ["off", "note", "warning", "error"].map { "\(rule.id)=\($0)" } }.filter { $0.hasPrefix(typed) }
    }
}
