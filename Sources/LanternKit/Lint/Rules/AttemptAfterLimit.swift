struct AttemptAfterLimit: Rule {
    static let id = "attempt-after-limit"
    static let severity = Severity.error
    static let summary = "More than `max_attempts` attempts without a reply: a fourth attempt is harassment."
    static let triggering = [
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n  - 2026-11-03 phone\n---\n", line: 7),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n---\n"),
        // Attempts after the reply are scheduling, not outreach.
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n  - 2026-11-03 phone\nreplied: 2026-10-25\n---\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, !i.isPractice else { return [] }
        let attempts = i.attemptsInReplyWindow.sorted { ($0.day, $0.location) < ($1.day, $1.location) }
        let max = context.config.maxAttempts
        guard attempts.count > max else { return [] }
        let who = context.name(i)
        return [Finding(at: attempts[max].location, Message.attemptAfterLimit(who, number: max + 1, max: max), contact: who)]
    }
}
