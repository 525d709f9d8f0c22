struct MeetingDateMissing: Rule {
    static let id = "meeting-date-missing"
    static let severity = Severity.error
    static let summary = "Status `scheduled` or `done` without a meeting `date`."
    static let triggering = [
        Example("---\ncontact: Jane\nstatus: scheduled\n---\n", line: 3),
        // A `date:` with nothing after it, or null, is no date either.
        Example("---\ncontact: Jane\nstatus: done\ndate:\n---\n", line: 3),
        Example("---\ncontact: Jane\ndate: null\nstatus: scheduled\n---\n", line: 4),
        Example("---\ncontact: Jane\ndate: ~\nstatus: scheduled\n---\n", line: 4),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane\nstatus: scheduled\ndate: 2026-11-25\n---\n"),
        Example("---\ncontact: Jane\nstatus: contacted\n---\n"),
        Example("---\ncontact: Jane\nstatus: scheduled\ndate: next week\n---\n"),  // date-invalid says it
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, let status = i.explicitStatus, status.value == .scheduled || status.value == .done,
            i.meeting == nil
        else { return [] }
        // A date that is written but cannot be read has its own finding (date-invalid).
        if let key = note.keys.first(where: { $0.name == "date" }),
            note.problems.contains(where: { $0.rule == DateInvalid.id && $0.location.line == key.location.line })
        {
            return []
        }
        return [Finding(at: status.location, Message.meetingDateMissing(context.name(i), status.value), contact: context.name(i))]
    }
}
