struct StatusStale: Rule {
    static let id = "status-stale"
    static let severity = Severity.warning
    static let summary = "The meeting day has passed but the written status still says `prospect`, `contacted` or `scheduled`."
    static let triggering = [
        Example("---\ncontact: Jane\nstatus: scheduled\ndate: 2026-11-20\n---\n", today: "2026-11-22", line: 3),
        // What `lantern new` writes, then a meeting date added by hand: Lantern asks.
        Example("---\ncontact: Jane\nstatus: prospect\ndate: 2026-11-21 10:30\n---\n", today: "2026-11-22", line: 3),
        Example("---\ncontact: Jane\ndate: 2026-11-21\nstatus: contacted\n---\n", today: "2026-11-22", line: 4),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane\nstatus: done\ndate: 2026-11-20\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Jane\nstatus: dropped\ndate: 2026-11-20\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Jane\nstatus: scheduled\ndate: 2026-11-22\n---\n", today: "2026-11-22"),
        Example("---\ncontact: Jane\ndate: 2026-11-20\n---\n", today: "2026-11-22"),  // inferred: done
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let owed = context.obligation(.confirmMeeting, of: note), let i = note.interview, let status = i.explicitStatus,
            let day = i.meetingDay
        else { return [] }
        return [Finding(at: owed.origin, Message.statusStale(owed.contact, meeting: day, status: status.value, command: owed.clear), contact: owed.contact)]
    }
}
