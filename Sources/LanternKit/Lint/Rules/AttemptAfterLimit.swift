struct AttemptAfterLimit: Rule {
    static let id = "attempt-after-limit"
    static let severity = Severity.error
    static let summary = "More than `max_attempts` attempts without a reply: a fourth attempt is harassment."
    static let triggering = [
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n  - 2026-11-03 phone\n---\n", line: 7)
    ]
    static let nonTriggering = [
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n---\n"),
        // Attempts after the reply are scheduling, not outreach.
        Example(
            "---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n  - 2026-11-03 phone\nreplied: 2026-10-25\n---\n"),
        // Taken off the list: the attempts stay as they happened, and nothing more is asked.
        Example(
            "---\ncontact: Lena\nstatus: dropped\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n  - 2026-11-03 phone\n---\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        // Once they are off your list (dropped, or they declined), the record stands as history.
        guard let i = note.interview, !i.isPractice, !i.status(on: context.today).isClosed else { return [] }
        let attempts = i.attemptsInReplyWindow.sorted { ($0.day, $0.location) < ($1.day, $1.location) }
        let max = context.config.maxAttempts
        guard attempts.count > max else { return [] }
        let who = context.name(i)
        let drop = "lantern log \(context.ledger.query(.pipeline, forNoteAt: note.path, in: context.notebook)) dropped"
        return [Finding(at: attempts[max].location, Message.attemptAfterLimit(who, number: max + 1, max: max, command: drop), contact: who)]
    }
}
