/// Editing a notebook in place, one note at a time (the language server keeps one in memory).
///
/// An edit that leaves every name a note gives alone (who it is with, who introduced them, whom
/// they referred, a card's name and aliases) cannot change who is who: the people, their order
/// and every name lookup stay, and only the details of the people that note names are taken
/// again, from their own notes, with what they are owed (`Ledger.refresh`). Any other edit builds
/// the notebook again from its notes. Either way the result equals
/// `Notebook(root:config:today:notes:)` on the edited notes (a test holds the two to that over
/// random edits).
extension Notebook {
    /// What an edit changed, for whoever keeps facts about people (`LintContext`).
    public enum Change: Sendable, Equatable {
        /// Only these people's notes or details changed (ids, see `Person.id`).
        case people(Set<String>)
        /// Names changed, or notes came or went: everything was worked out again.
        case everything
    }

    /// Puts `note` in place of the note at its path, or adds it.
    @discardableResult
    public mutating func replace(with note: Note) -> Change {
        guard let index = pathIndex[note.path] else {
            rebuild { notes in
                notes.insert(note, at: notes.partitioningIndex { $0.path > note.path })
            }
            return .everything
        }
        guard PeopleFootprint(of: notes[index]) == PeopleFootprint(of: note) else {
            rebuild { $0[index] = note }
            return .everything
        }
        notes[index] = note
        eventsCache = Once()
        var ids: Set<String> = []
        for p in peopleIndices(namedIn: note) {
            people[p] = detailsTakenAgain(for: people[p], at: p)
            ids.insert(people[p].id)
        }
        // The names stand, so the person lookup does; what is owed is worked out again for
        // these people, if it was worked out at all.
        if var ledger = ledgerCache.worked {
            ledger.refresh(people: ids, edited: index, in: self)
            ledgerCache = Once(ledger)
        }
        return .people(ids)
    }

    /// Takes the note at `path` out (a file deleted); `nil` when there is none.
    @discardableResult
    public mutating func remove(path: String) -> Change? {
        guard let index = pathIndex[path] else { return nil }
        rebuild { $0.remove(at: index) }
        return .everything
    }

    /// The same notes judged on another day (the language server at midnight).
    public mutating func judge(on day: Day) {
        guard day != today else { return }
        self = Notebook(root: root, config: config, today: day, notes: notes)
    }

    /// Edits the notes, then works everything out again from them.
    private mutating func rebuild(_ edit: (inout [Note]) -> Void) {
        var notes = self.notes
        self.notes = []  // so that `notes` is the only reference, edited in place
        edit(&notes)
        self = Notebook(root: root, config: config, today: today, notes: notes)
    }

    /// The people a note names: its card's person, its contact, its introducer (a done task
    /// that tells them how it went is being in touch with them), and its referrals.
    private func peopleIndices(namedIn note: Note) -> [Int] {
        var out: [Int] = []
        func add(_ name: String?) {
            if let name, let p = personIndex(named: name), !out.contains(p) { out.append(p) }
        }
        if note.kind == .person, let card = note.person { add(card.name?.value ?? note.baseName) }
        if let interview = note.interview, interview.contact != nil {
            add(interview.contact?.value)
            add(interview.details.introducedBy?.value)
            for referral in note.body.referrals { add(referral.name) }
        }
        return out
    }

    /// A person's details taken again from their cards, interviews and the notes that referred
    /// them, in the order the registry takes them (cards, interviews, referrals; each by path).
    private func detailsTakenAgain(for person: Person, at p: Int) -> Person {
        var out = person.withoutDetails
        for n in cardNotes[p] ?? [] { out.takeDetails(ofCardAt: n, in: notes) }
        for path in person.interviews {
            if let n = pathIndex[path] { out.takeDetails(ofInterviewAt: n, in: notes) }
        }
        var referring: [String] = []
        for source in person.referredIn where referring.last != source.path { referring.append(source.path) }
        for path in referring {
            guard let n = pathIndex[path], let contact = notes[n].interview?.contact?.value, let giver = personIndex(named: contact) else { continue }
            for r in notes[n].body.referrals.indices where personIndex(named: notes[n].body.referrals[r].name) == p {
                out.takeDetails(ofReferral: r, inNoteAt: n, of: notes, by: people[giver].name)
            }
        }
        return out
    }
}

extension Array {
    /// The first index whose element satisfies `belongs` (which must be false, then true, along
    /// the array), found by halving.
    public func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// Everything in a note that decides who is who in the registry: the names, not the details.
private struct PeopleFootprint: Equatable {
    var kind: NoteKind
    var cardName: String?
    var aliases: [String] = []
    var contact: String?
    var introducedBy: String?
    var referrals: [String] = []

    init(of note: Note) {
        kind = note.kind
        if note.kind == .person, let card = note.person {
            cardName = card.name?.value ?? note.baseName
            aliases = card.aliases
            introducedBy = card.details.introducedBy?.value
        }
        if let interview = note.interview, let contact = interview.contact?.value {
            self.contact = contact
            introducedBy = interview.details.introducedBy?.value
            referrals = note.body.referrals.map(\.name)
        }
    }
}
