struct AttemptTooSoon: Rule {
    static let id = "attempt-too-soon"
    static let severity = Severity.warning
    static let summary = "An attempt fewer than `nudge_after` business days after the previous one."
    static let triggering = [
        // Friday 2026-11-06 + 7 business days is Tuesday 2026-11-17; the Monday before is too soon.
        Example("---\ncontact: Sam\nattempts:\n  - 2026-11-06 email\n  - 2026-11-16 email\n---\n", line: 5)
    ]
    static let nonTriggering = [
        Example("---\ncontact: Sam\nattempts:\n  - 2026-11-06 email\n  - 2026-11-17 email\n---\n"),
        Example("---\ncontact: Sam\nattempts:\n  - 2026-11-06 email\n  - 2026-11-09 email\n---\n", config: "nudge_after: 1\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, !i.isPractice else { return [] }
        let attempts = i.attemptsInReplyWindow.sorted { ($0.day, $0.location) < ($1.day, $1.location) }
        let wait = context.config.nudgeAfter
        let who = context.name(i)
        var out: [Finding] = []
        for (previous, attempt) in zip(attempts, attempts.dropFirst()) {
            if let gap = context.practice.attemptTooSoon(attempt.day, after: previous.day) {
                out.append(
                    Finding(
                        at: attempt.location, Message.attemptTooSoon(who, day: attempt.day, previous: previous.day, businessDays: gap, wait: wait), contact: who
                    ))
            }
        }
        return out
    }
}
