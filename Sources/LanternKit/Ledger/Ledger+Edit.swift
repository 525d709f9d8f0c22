/// What is owed after an edit to one note that kept every name (the language server): worked out
/// again for the people the note names and for the notes that read what is known of them, not
/// for the whole notebook. `Notebook.replace(with:)` calls it; a test holds the result to a
/// ledger built from scratch.
extension Ledger {
    /// `notebook` is the notebook after the edit to the note at `edited`; `ids` are the people
    /// the note names (`Notebook.Change.people`).
    mutating func refresh(people ids: Set<String>, edited: Int, in notebook: Notebook) {
        let notes = notebook.notes
        var dirty: Set<Int> = [edited]
        let told = Ledger.toldDays(in: notebook, only: ids)
        for id in ids {
            // Their interview notes, in path order, as `init` finds them.
            let indices = (notebook.personPosition(id: id).map { notebook.people[$0].interviews } ?? []).compactMap(notebook.index(of:))
            if indices.isEmpty, told[id] == nil {
                standings[id] = nil
                facts[id] = nil
            } else {
                (standings[id], facts[id]) = Ledger.stand(indices, told: told[id], in: notebook, practice: practice)
            }
            dirty.formUnion(indices)
        }
        // Notes whose introducer is one of them read what is recorded with that introducer.
        for n in notes.indices {
            if let by = notes[n].interview?.details.introducedBy?.value, let id = notebook.personID(named: by), ids.contains(id) { dirty.insert(n) }
        }
        let making = Making(notebook: notebook, practice: practice, standings: standings, facts: facts)
        for n in dirty {
            perNote[n] = making.obligations(ofNoteAt: n, personID: notes[n].interview?.contact.flatMap { notebook.personID(named: $0.value) })
        }
        referrals = making.referralObligations()
    }
}
