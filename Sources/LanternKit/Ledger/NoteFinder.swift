/// Finds the note a command means from what the user typed: a path, or a person (then the note
/// the event belongs to, as the ledger chooses it), or part of a file name.
///
/// `lantern log jane thank-you` goes to Jane's latest held meeting that has no thank-you,
/// `lantern log jane attempt` to her open pipeline note, `lantern draft follow-up jane` to the
/// note that carries her next follow-up. A person card is never picked for an interview event.
/// Only a real ambiguity — two people, or two notes that fit equally — stops, and then every
/// candidate is given as a command that works.
public enum NoteFinder {
    public enum Failure: Error, Sendable {
        /// Nothing matches.
        case noMatch(String)
        /// Several people match: each with the shortest thing to type for them.
        case people(String, [(name: String, query: String)])
        /// Several notes fit equally (paths).
        case notes(String, [String])
        /// The person has no interview note (they have a card, or were only named).
        case noInterview(String)

        /// The message for the user; `command` turns what to type instead of the query into the
        /// whole command (`{ "lantern log \($0) thank-you" }`).
        public func message(command: (String) -> String) -> String {
            switch self {
            case .noMatch(let query):
                return "nothing in the notebook matches \"\(query)\": give a note's path, or a name (first, last, or an alias)"
            case .people(let query, let candidates):
                return "\"\(query)\" matches \(candidates.count) people; say which:\n"
                    + candidates.map { "  \(command($0.query))    # \($0.name)" }.joined(separator: "\n")
            case .notes(let query, let paths):
                return "\"\(query)\" matches \(paths.count) notes that fit equally; say which:\n"
                    + paths.map { "  \(command(Shell.quote($0)))" }.joined(separator: "\n")
            case .noInterview(let name):
                return "\(name) has no interview note yet: start one with \"lantern new \(Shell.quote(name))\""
            }
        }
    }

    /// The note `query` means for `purpose`. With `cards`, a person with no interview note gives
    /// their person card (for `show`).
    public static func find(_ query: String, for purpose: Ledger.Purpose, in notebook: Notebook, cards: Bool = false) -> Result<Note, Failure> {
        if let note = notebook.note(at: query) { return .success(note) }
        let people = notebook.lookup.people(matching: query)
        if people.count > 1 {
            return .failure(
                .people(
                    query,
                    people.map { index in
                        let person = notebook.people[index]
                        return (person.name, Shell.quote(notebook.lookup.shortestQuery(for: index, name: person.name)))
                    }))
        }
        if let index = people.first {
            let person = notebook.people[index]
            switch notebook.ledger.choice(purpose, forPersonWithID: person.id) {
            case .note(let path)?:
                if let note = notebook.note(at: path) { return .success(note) }
            case .ambiguous(let paths)?:
                return .failure(.notes(query, paths))
            case nil:
                break
            }
            if cards, let card = person.card, let note = notebook.note(at: card) { return .success(note) }
            return .failure(.noInterview(person.name))
        }
        // Part of a file name (for notes that are not about a person: `show reading-list`).
        let key = Identity.key(query)
        guard !key.isEmpty else { return .failure(.noMatch(query)) }
        let named = notebook.notes.filter { note in
            (cards || note.kind == .interview) && Identity.key(note.baseName).contains(key)
        }
        switch named.count {
        case 0: return .failure(.noMatch(query))
        case 1: return .success(named[0])
        default: return .failure(.notes(query, named.map(\.path)))
        }
    }
}
