struct IntroducerNotUpdated: Rule {
    static let id = "introducer-not-updated"
    static let severity = Severity.note
    static let summary = "A week after a meeting, nothing is recorded with the person who made the introduction."
    static let triggering = [
        Example(
            "---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-02\nthank_you: 2026-11-02\n---\n", today: "2026-11-22", line: 3,
            others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\nthank_you: 2026-10-01\n---\n"])
    ]
    static let nonTriggering = [
        Example(
            "---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-02\n---\n", today: "2026-11-22",
            others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\nfollow_ups: [2026-11-03]\n---\n"]),
        Example(
            "---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-02\n---\n- [x] Tell María how it went ✅ 2026-11-03\n", today: "2026-11-22",
            others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\n---\n"]),
        Example(
            "---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-16\n---\n", today: "2026-11-22",
            others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\n---\n"]),  // not a week yet
        Example("---\ncontact: Priya\nintroduced_by: Sam\ndate: 2026-11-02\n---\n", today: "2026-11-22"),  // Sam has no note
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let owed = context.obligation(.updateIntroducer, of: note), let due = owed.due, context.today > due,
            let i = note.interview, let met = i.meetingDay
        else { return [] }
        return [Finding(at: owed.origin, Message.introducerNotUpdated(owed.contact, context.name(i), met: met, command: owed.clear), contact: owed.contact)]
    }
}
