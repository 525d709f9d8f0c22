struct ThankYouMissing: Rule {
    static let id = "thank-you-missing"
    static let severity = Severity.error
    static let summary = "A held interview has no thank-you note after `thank_you_within` days."
    static let triggering = [
        Example("---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n", today: "2026-11-22", line: 3),
        // The deadline is meeting day + 1: the day after it fires.
        Example("---\ncontact: Jane Doe\ndate: 2026-11-20 15:00\n---\n", today: "2026-11-22", line: 3),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane Doe\ndate: 2026-11-21\n---\n", today: "2026-11-22"),  // the deadline day itself
        Example("---\ncontact: Jane Doe\ndate: 2026-11-19\nthank_you: 2026-11-19\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Jane Doe\ndate: 2026-11-19\n---\n- [x] Sent thank-you email\n", today: "2026-11-22"),
        Example("---\ncontact: Alex\npractice: true\ndate: 2026-11-01\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Jane Doe\nstatus: declined\ndate: 2026-11-01\n---\n", today: "2026-11-22"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let owed = context.obligation(.thankYou, of: note), let due = owed.due, context.today > due,
            let met = note.interview?.meetingDay
        else { return [] }
        return [Finding(at: owed.origin, Message.thankYouMissing(owed.contact, met: met, today: context.today, command: owed.clear), contact: owed.contact)]
    }
}
