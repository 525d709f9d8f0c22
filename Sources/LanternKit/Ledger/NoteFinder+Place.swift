extension NoteFinder {
    /// Where `lantern edit` opens: a note, and the line of the first thing owed in it.
    public struct Place: Sendable {
        public var note: Note
        /// The line of the first thing owed in the note (the open task that stands for it, dated
        /// or not, else the front-matter key it comes from); 1 when the note carries nothing owed.
        public var line: Int
        /// The thing owed that `line` is the line of.
        public var item: Obligation?

        /// At the task that stands for the item when there is one (the list shows an undated
        /// task's item at the value it comes from; here the line to change is the task's).
        init(note: Note, item: Obligation?) {
            self.note = note
            self.item = item
            line = item.map { $0.task?.location.line ?? $0.line } ?? 1
        }
    }

    /// The note `lantern edit QUERY` opens, and where in it. A person: the note of theirs (an
    /// interview note or their card) that carries the first thing owed to or by them, in
    /// `lantern person`'s order, at its line; with nothing owed, the note `lantern show` opens
    /// (their current note, else their card), at the top. A path, or part of a file name: that
    /// note, at the first thing it carries. Ambiguity and unknown names fail as `find` does.
    public static func place(_ query: String, in notebook: Notebook) -> Result<Place, Failure> {
        let people = notebook.note(at: query) == nil ? notebook.lookup.people(matching: query) : []
        let found: Note
        switch find(query, for: .current, in: notebook, cards: true) {
        case .failure(let failure):
            // A person with no note of their own is owed nothing in one either.
            return .failure(failure)
        case .success(let note):
            found = note
        }
        if people.count == 1 {
            let person = notebook.people[people[0]]
            let own = Set(person.interviews + (person.card.map { [$0] } ?? []))
            guard let first = FollowUps.concerning(in: notebook)[person.id]?.first(where: { own.contains($0.path) }),
                let note = notebook.note(at: first.path)
            else { return .success(Place(note: found, item: nil)) }
            return .success(Place(note: note, item: first))
        }
        let first = FollowUps.items(in: notebook, filter: FollowUpFilter(everyMeeting: true)).first { $0.path == found.path }
        return .success(Place(note: found, item: first))
    }
}
