extension Notebook {
    /// A person's latest conversation: the interview note with the latest meeting day, else the
    /// last by path (paths start with the day the note was made).
    public func latestInterview(of person: Person) -> Interview? {
        let interviews = person.interviews.compactMap(interview(at:))
        if let met = interviews.filter({ $0.meetingDay != nil }).max(by: { $0.meetingDay! < $1.meetingDay! }) { return met }
        return interviews.last
    }

    /// Where a person stands: the status of their latest conversation; `nil` with no note yet.
    public func status(of person: Person) -> Status? {
        latestInterview(of: person)?.status(on: today)
    }

    /// The last day you were in touch with a person in any of their notes: an attempt, a reply, a
    /// held meeting, a thank-you or a follow-up.
    public func lastContact(of person: Person) -> Day? {
        person.interviews.compactMap(interview(at:)).compactMap { i in
            ([i.lastInteraction(on: today)] + i.attempts.map(\.day)).compactMap { $0 }.max()
        }.max()
    }

    /// Whether every interview note with this person is a practice interview.
    public func isPracticeOnly(_ person: Person) -> Bool {
        let interviews = person.interviews.compactMap(interview(at:))
        return !interviews.isEmpty && interviews.allSatisfy(\.isPractice)
    }

}
