struct StatusStale: Rule {
    static let id = "status-stale"
    static let severity = Severity.warning
    static let summary = "Status `scheduled` (written) but the meeting day has passed."
    static let triggering = [Example("---\ncontact: Jane\nstatus: scheduled\ndate: 2026-11-20\n---\n", today: "2026-11-22", line: 3)]
    static let nonTriggering = [
        Example("---\ncontact: Jane\nstatus: scheduled\ndate: 2026-11-22\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Jane\ndate: 2026-11-20\n---\n", today: "2026-11-22"),  // inferred: done
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, let status = i.explicitStatus, status.value == .scheduled,
              let day = i.meetingDay, day < context.today else { return [] }
        return [Finding(at: status.location, Message.statusStale(context.name(i), meeting: day), contact: context.name(i))]
    }
}
