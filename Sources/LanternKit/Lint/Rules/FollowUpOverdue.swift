struct FollowUpOverdue: Rule {
    static let id = "follow-up-overdue"
    static let severity = Severity.warning
    static let summary = "A held interview's next follow-up is past due (last interaction + `follow_up_after`, or `next_follow_up`)."
    static let triggering = [
        Example("---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\n---\n", today: "2026-11-22", line: 4),
        Example("---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\nfollow_ups: [2026-09-01]\nnext_follow_up: 2026-11-01\n---\n", today: "2026-11-22", line: 6),
        Example("---\ncontact: Noah\ndate: 2026-10-01\nthank_you: 2026-10-01\nfollow_up_after: 30\n---\n", today: "2026-11-22", line: 4),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\nfollow_ups: [2026-11-01]\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Noah\ndate: 2026-09-23\nthank_you: 2026-09-23\n---\n", today: "2026-11-22"),  // due today
        Example("---\ncontact: Noah\ndate: 2026-08-20\n---\n", today: "2026-11-22"),  // thank-you first
        // A second conversation with Noah since: that note carries the next follow-up.
        Example("---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\n---\n", today: "2026-11-22",
                others: ["interviews/noah-again.md": "---\ncontact: Noah\ndate: 2026-11-02\nthank_you: 2026-11-02\n---\n"]),
    ]

    /// When the next follow-up is due, and the location of the value that set it.
    static func due(_ i: Interview, in context: LintContext) -> (Day, SourceLocation)? {
        if let next = i.nextFollowUp { return (next.value, next.location) }
        guard let last = i.lastInteraction(on: context.today) else { return nil }
        // The value that set the last interaction: the latest-written one on that day.
        var places: [SourceLocation] = []
        if i.isHeld(on: context.today), let m = i.meeting, m.value.day == last { places.append(m.location) }
        places += i.thankYous.filter { $0.day == last }.map(\.location)
        places += i.followUps.filter { $0.day == last }.map(\.location)
        if let r = i.replied, r.value == last { places.append(r.location) }
        return (last.adding(days: context.followUpAfter(i)), places.max() ?? .top)
    }

    /// Whether a later conversation with the same person (another note with a later last
    /// interaction) carries the next follow-up instead of this note.
    static func superseded(_ note: Note, in context: LintContext) -> Bool {
        guard let contact = note.interview?.contact?.value, let id = context.notebook.personID(named: contact),
              let carrier = context.notebook.followUpNote(ofPersonWithID: id) else { return false }
        return carrier != note.path
    }

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, i.isHeld(on: context.today), i.thankYou != nil, !superseded(note, in: context),
              let (day, location) = due(i, in: context), context.today > day else { return [] }
        let who = context.name(i)
        return [Finding(at: location, Message.followUpOverdue(who, due: day, today: context.today, log: context.logName(i)), contact: who)]
    }
}
