extension Notebook {
    /// A person's current note (see `Ledger.Standing.currentNote`), as an interview.
    public func currentInterview(of person: Person) -> Interview? {
        ledger.standing(ofPersonWithID: person.id)?.currentNote.flatMap(interview(at:))
    }

    /// Where a person stands: the status of their current note; `nil` with no note yet.
    public func status(of person: Person) -> Status? {
        ledger.standing(ofPersonWithID: person.id)?.status
    }

    /// The last day you were in touch with a person in any of their notes: an attempt, a reply, a
    /// held meeting, a thank-you or a follow-up.
    public func lastContact(of person: Person) -> Day? {
        ledger.standing(ofPersonWithID: person.id)?.lastContact
    }

    /// Whether every interview note with this person is a practice interview.
    public func isPracticeOnly(_ person: Person) -> Bool {
        let interviews = person.interviews.compactMap(interview(at:))
        return !interviews.isEmpty && interviews.allSatisfy(\.isPractice)
    }
}
