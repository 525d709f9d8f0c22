struct DatesOutOfOrder: Rule {
    static let id = "dates-out-of-order"
    static let severity = Severity.warning
    static let summary = "A thank-you or follow-up before the meeting, a reply before the first attempt, or an attempt after the meeting."
    static let triggering = [
        Example("---\ncontact: Jane\ndate: 2026-11-19\nthank_you: 2026-11-18\n---\n", line: 4),
        Example("---\ncontact: Jane\nreplied: 2026-10-30\nattempts: [2026-11-01 email]\n---\n", line: 4),
        Example("---\ncontact: Jane\nattempts:\n  - 2026-11-01 email\n  - 2026-11-21 email\ndate: 2026-11-19\n---\n", line: 6),
    ]
    static let nonTriggering = [
        Example(
            "---\ncontact: Jane\nattempts: [2026-11-01 email]\nreplied: 2026-11-02\ndate: 2026-11-19\nthank_you: 2026-11-19\nfollow_ups: [2026-12-01]\n---\n",
            today: "2026-12-02")
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview else { return [] }
        let who = context.name(i)
        var out: [Finding] = []
        func report(_ a: (String, Day, SourceLocation), before b: (String, Day, SourceLocation)) {
            // Points at whichever of the two values is written later in the file.
            out.append(Finding(at: max(a.2, b.2), Message.datesOutOfOrder(a.0, a.1, b.0, b.1), contact: who))
        }
        if let meeting = i.meeting {
            let m = ("the meeting", meeting.value.day, meeting.location)
            for t in i.thankYous where t.day < meeting.value.day { report(("the thank-you", t.day, t.location), before: m) }
            for f in i.followUps where f.day < meeting.value.day { report(("a follow-up", f.day, f.location), before: m) }
            for a in i.attempts where a.day > meeting.value.day { report(m, before: ("an attempt", a.day, a.location)) }
        }
        if let replied = i.replied, let first = i.attempts.min(by: { $0.day < $1.day }), replied.value < first.day {
            report(("the reply", replied.value, replied.location), before: ("the first attempt", first.day, first.location))
        }
        return out
    }
}
