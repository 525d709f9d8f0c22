struct DateInvalid: LoadProblemRule {
    static let id = "date-invalid"
    static let severity = Severity.error
    static let summary = "A date, an attempt, a follow-up or `replied` that is not a date of the format."
    static let triggering = [
        Example("---\ncontact: Jane\ndate: next Friday\n---\n", line: 3),
        Example("---\ncontact: Jane\nattempts:\n  - 2026-02-30 email\n---\n", line: 4),
        Example("---\ncontact: Jane\nreplied: 2026-11-19 25:00\n---\n", line: 3),
    ]
    static let nonTriggering = [Example("---\ncontact: Jane\ndate: 2026-11-19T15:00+01:00\nreplied: \"2026-11-10\"\n---\n")]
}
