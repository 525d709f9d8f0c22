struct AttemptsExhausted: Rule {
    static let id = "attempts-exhausted"
    static let severity = Severity.warning
    static let summary = "`max_attempts` attempts, no reply, and `nudge_after` business days since the last: take them off the list."
    static let triggering = [
        // Last attempt Tuesday 2026-11-10; seven business days later is Thursday 2026-11-19.
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-20 email\n  - 2026-10-30 email\n  - 2026-11-10 linkedin\n---\n", today: "2026-11-19", line: 6)
    ]
    static let nonTriggering = [
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-20 email\n  - 2026-10-30 email\n  - 2026-11-10 linkedin\n---\n", today: "2026-11-18"),
        Example("---\ncontact: Lena\nstatus: dropped\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n---\n"),
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\nreplied: 2026-10-23\n---\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let owed = context.obligation(.drop, of: note), let due = owed.due, context.today >= due,
            let attempts = note.interview?.attemptsInReplyWindow, let last = attempts.map(\.day).max()
        else { return [] }
        return [
            Finding(at: owed.origin, Message.attemptsExhausted(owed.contact, attempts: attempts.count, last: last, command: owed.clear), contact: owed.contact)
        ]
    }
}
