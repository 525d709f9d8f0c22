struct DateInFuture: Rule {
    static let id = "date-in-future"
    static let severity = Severity.error
    static let summary = "`thank_you`, `replied`, an attempt or a follow-up dated after today (they record what happened)."
    static let triggering = [
        Example("---\ncontact: Jane\ndate: 2026-11-20\nthank_you: 2026-11-23\n---\n", today: "2026-11-22", line: 4),
        Example("---\ncontact: Jane\nattempts:\n  - 2026-11-01 email\n  - 2026-12-01 email\n---\n", today: "2026-11-22", line: 5),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane\ndate: 2026-11-29\nattempts: [2026-11-22 email]\n---\n", today: "2026-11-22")
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview else { return [] }
        let today = context.today
        let who = context.name(i)
        var out: [Finding] = []
        for t in i.thankYous where t.source == .frontMatter && t.day > today {
            out.append(Finding(at: t.location, Message.dateInFuture("the thank-you", t.day, today), contact: who))
        }
        if let r = i.replied, r.value > today {
            out.append(Finding(at: r.location, Message.dateInFuture("the reply", r.value, today), contact: who))
        }
        for a in i.attempts where a.day > today {
            out.append(Finding(at: a.location, Message.dateInFuture("an attempt", a.day, today), contact: who))
        }
        for f in i.followUps where f.source == .frontMatter && f.day > today {
            out.append(Finding(at: f.location, Message.dateInFuture("a follow-up", f.day, today), contact: who))
        }
        return out
    }
}
