extension Notebook {
    /// A person's latest conversation: the interview note with the latest meeting day, else the
    /// last by path (paths start with the day the note was made).
    public func latestInterview(of person: Person) -> Interview? {
        // Found by index, so that only the one returned is copied.
        var latest: (note: Int, day: Day)?
        var last: Int?
        for path in person.interviews {
            guard let n = index(of: path), notes[n].interview != nil else { continue }
            last = n
            if let day = notes[n].interview?.meetingDay, latest == nil || day > latest!.day { latest = (n, day) }
        }
        return (latest?.note ?? last).flatMap { notes[$0].interview }
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
