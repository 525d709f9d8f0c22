struct ThankYouLate: Rule {
    static let id = "thank-you-late"
    static let severity = Severity.note
    static let summary = "The thank-you went out more than `thank_you_within` days after the meeting."
    static let triggering = [Example("---\ncontact: Jane\ndate: 2026-11-10\nthank_you: 2026-11-14\n---\n", line: 4)]
    static let nonTriggering = [Example("---\ncontact: Jane\ndate: 2026-11-10\nthank_you: 2026-11-11\n---\n")]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, !i.isPractice, let t = i.thankYou, let met = i.meetingDay,
            context.practice.thankYouWasLate(sent: t.day, met: met)
        else { return [] }
        let who = context.name(i)
        return [Finding(at: t.location, Message.thankYouLate(who, met: met, sent: t.day, within: context.config.thankYouWithin), contact: who)]
    }
}
