struct FollowUpOverdue: Rule {
    static let id = "follow-up-overdue"
    static let severity = Severity.warning
    static let summary = "A held interview's next follow-up is past due (last interaction + `follow_up_after`, or `next_follow_up`)."
    static let triggering = [
        Example("---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\n---\n", today: "2026-11-22", line: 4),
        Example(
            "---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\nfollow_ups: [2026-09-01]\nnext_follow_up: 2026-11-01\n---\n", today: "2026-11-22",
            line: 6),
        Example("---\ncontact: Noah\ndate: 2026-10-01\nthank_you: 2026-10-01\nfollow_up_after: 30\n---\n", today: "2026-11-22", line: 4),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\nfollow_ups: [2026-11-01]\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Noah\ndate: 2026-09-23\nthank_you: 2026-09-23\n---\n", today: "2026-11-22"),  // due today
        Example("---\ncontact: Noah\ndate: 2026-08-20\n---\n", today: "2026-11-22"),  // thank-you first
        // A second conversation with Noah since: that note carries the next follow-up.
        Example(
            "---\ncontact: Noah\ndate: 2026-08-20\nthank_you: 2026-08-20\n---\n", today: "2026-11-22",
            others: ["interviews/noah-again.md": "---\ncontact: Noah\ndate: 2026-11-02\nthank_you: 2026-11-02\n---\n"]),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let owed = context.obligation(.followUp, of: note), let due = owed.due, context.today > due else { return [] }
        return [Finding(at: owed.origin, Message.followUpOverdue(owed.contact, due: due, today: context.today, command: owed.clear), contact: owed.contact)]
    }
}
