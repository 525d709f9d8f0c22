struct AttemptsExhausted: Rule {
    static let id = "attempts-exhausted"
    static let severity = Severity.warning
    static let summary = "`max_attempts` attempts, no reply, and `nudge_after` business days since the last: take them off the list."
    static let triggering = [
        // Last attempt Tuesday 2026-11-10; seven business days later is Thursday 2026-11-19.
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-20 email\n  - 2026-10-30 email\n  - 2026-11-10 linkedin\n---\n", today: "2026-11-19", line: 6),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-20 email\n  - 2026-10-30 email\n  - 2026-11-10 linkedin\n---\n", today: "2026-11-18"),
        Example("---\ncontact: Lena\nstatus: dropped\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\n---\n"),
        Example("---\ncontact: Lena\nattempts:\n  - 2026-10-01 email\n  - 2026-10-12 email\n  - 2026-10-22 email\nreplied: 2026-10-23\n---\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, !i.isPractice, i.replied == nil else { return [] }
        let status = i.status(on: context.today)
        let attempts = i.attemptsInReplyWindow.sorted { $0.day < $1.day }
        guard status == .prospect || status == .contacted, attempts.count >= context.config.maxAttempts,
              let last = attempts.last, context.today >= last.day.adding(businessDays: context.config.nudgeAfter) else { return [] }
        let who = context.name(i)
        return [Finding(at: last.location, Message.attemptsExhausted(who, attempts: attempts.count, last: last.day, log: context.logName(i)), contact: who)]
    }
}
