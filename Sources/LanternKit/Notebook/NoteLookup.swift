/// Finding a note from what a user typed: a path, or part of a contact's name.
public enum NoteLookup {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case noMatch(String)
        case ambiguous(String, [String])

        public var description: String {
            switch self {
            case .noMatch(let q): "no note matches \"\(q)\" (give a path, or part of a contact's name)"
            case .ambiguous(let q, let paths):
                "\"\(q)\" matches \(paths.count) notes; give one of these paths:\n" + paths.map { "  \($0)" }.joined(separator: "\n")
            }
        }
    }

    /// The note at `query` (a path relative to the root), else the one note whose contact, person
    /// name or file name contains `query` (case- and diacritic-insensitive). Whole-name matches win
    /// over partial ones.
    public static func find(_ query: String, in notebook: Notebook) -> Result<Note, Failure> {
        if let note = notebook.notes.first(where: { $0.path == query }) { return .success(note) }
        let key = Identity.key(query)
        guard !key.isEmpty else { return .failure(.noMatch(query)) }
        var exact: [Note] = [], partial: [Note] = []
        for note in notebook.notes {
            var names = [note.baseName]
            if let c = note.interview?.contact?.value { names.append(c) }
            if let n = note.person?.name?.value { names.append(n) }
            if let p = note.interview.flatMap(notebook.person(of:)) { names.append(p.name); names += p.aliases }
            let keys = names.map(Identity.key)
            if keys.contains(key) || keys.contains(where: { $0.split(separator: " ").first.map(String.init) == key }) {
                exact.append(note)
            } else if keys.contains(where: { $0.contains(key) }) {
                partial.append(note)
            }
        }
        let matches = exact.isEmpty ? partial : exact
        switch matches.count {
        case 0: return .failure(.noMatch(query))
        case 1: return .success(matches[0])
        default: return .failure(.ambiguous(query, matches.map(\.path)))
        }
    }
}
