/// What a shell offers when TAB is pressed after a command that takes a person, a company or a
/// tag: the notebook's own names (the command line turns these into swift-argument-parser's
/// custom completions for bash, zsh and fish).
///
/// Shells keep only the candidates that start with what was typed, exactly; so each candidate
/// is written to start with it: the name itself when it does (`Jo` → `José Núñez`), else what
/// was typed followed by the rest of the name's identity key (`jo` → `jose nunez`), which every
/// command finds the same person by. Case and accents never stop a match.
public enum CompletionCandidates {
    /// The values that complete `typed`, each once, in order.
    public static func completing(_ typed: String, from values: [String]) -> [String] {
        let wanted = Identity.key(typed)
        var seen = Set<String>(), out: [String] = []
        for value in values {
            let candidate: String
            if value.hasPrefix(typed) {
                candidate = value
            } else {
                let key = Identity.key(value)
                guard !wanted.isEmpty, key.hasPrefix(wanted) else { continue }
                candidate = typed + key.dropFirst(wanted.count)
            }
            if seen.insert(Identity.key(candidate)).inserted { out.append(candidate) }
        }
        return out.sorted { Identity.key($0) < Identity.key($1) }
    }

    /// Who a command can name: everyone with an interview note (with `cards`, a person card
    /// too), by name; an alias stands in when the name does not complete what was typed.
    public static func people(in notebook: Notebook, typed: String, cards: Bool = false, everyone: Bool = false) -> [String] {
        var names: [String] = []
        for person in notebook.people where everyone || !person.interviews.isEmpty || (cards && person.card != nil) {
            let found = completing(typed, from: [person.name])
            names += found.isEmpty ? Array(completing(typed, from: Array(person.aliases)).prefix(1)) : found
        }
        return completing(typed, from: names)
    }

    /// The people who introduced someone.
    public static func introducers(in notebook: Notebook, typed: String) -> [String] {
        completing(typed, from: notebook.people.filter { $0.roles.contains("introducer") }.map(\.name))
    }

    /// Every company named in the notebook.
    public static func companies(in notebook: Notebook, typed: String) -> [String] {
        var names = notebook.people.compactMap(\.company)
        names += notebook.notes.compactMap { $0.interview?.details.company?.value }
        return completing(typed, from: names.filter { !$0.isEmpty })
    }

    /// Every tag in the notebook.
    public static func tags(in notebook: Notebook, typed: String) -> [String] {
        var tags: [String] = []
        for person in notebook.people { tags += person.tags }
        return completing(typed, from: tags)
    }

    /// Notes' paths, as typed from `folder` (absolute; the notes inside it), when what is typed
    /// looks like a path (it holds a `/`, or starts with `.`): interview notes, and with `cards`
    /// person cards too.
    public static func notePaths(in notebook: Notebook, typed: String, from folder: String, cards: Bool = false) -> [String] {
        guard typed.contains("/") || typed.hasPrefix(".") else { return [] }
        let inside = folder == notebook.root ? "" : folder.hasPrefix(notebook.root + "/") ? String(folder.dropFirst(notebook.root.count + 1)) + "/" : nil
        guard let inside else { return [] }
        let typedPath = typed.hasPrefix("./") ? String(typed.dropFirst(2)) : typed
        return notebook.notes.compactMap { note -> String? in
            guard note.kind == .interview || (cards && note.kind == .person), note.path.hasPrefix(inside) else { return nil }
            let relative = String(note.path.dropFirst(inside.count))
            guard relative.hasPrefix(typedPath) else { return nil }
            return typed.hasPrefix("./") ? "./" + relative : relative
        }
    }
}
