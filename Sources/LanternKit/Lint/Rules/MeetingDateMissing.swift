struct MeetingDateMissing: Rule {
    static let id = "meeting-date-missing"
    static let severity = Severity.error
    static let summary = "Status `scheduled` or `done` without a meeting `date`."
    static let triggering = [Example("---\ncontact: Jane\nstatus: scheduled\n---\n", line: 3)]
    static let nonTriggering = [
        Example("---\ncontact: Jane\nstatus: scheduled\ndate: 2026-11-25\n---\n"),
        Example("---\ncontact: Jane\nstatus: contacted\n---\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, let status = i.explicitStatus, status.value == .scheduled || status.value == .done,
              i.meeting == nil, !note.keys.contains(where: { $0.name == "date" }) else { return [] }
        return [Finding(at: status.location, Message.meetingDateMissing(context.name(i), status.value), contact: context.name(i))]
    }
}
