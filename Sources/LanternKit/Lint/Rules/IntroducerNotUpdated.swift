struct IntroducerNotUpdated: Rule {
    static let id = "introducer-not-updated"
    static let severity = Severity.note
    static let summary = "A week after a meeting, nothing is recorded with the person who made the introduction."
    static let triggering = [
        Example("---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-02\nthank_you: 2026-11-02\n---\n", today: "2026-11-22", line: 3,
                others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\nthank_you: 2026-10-01\n---\n"]),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-02\n---\n", today: "2026-11-22",
                others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\nfollow_ups: [2026-11-03]\n---\n"]),
        Example("---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-02\n---\n- [x] Tell María how it went ✅ 2026-11-03\n", today: "2026-11-22",
                others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\n---\n"]),
        Example("---\ncontact: Priya\nintroduced_by: María\ndate: 2026-11-16\n---\n", today: "2026-11-22",
                others: ["interviews/maria.md": "---\ncontact: María\ndate: 2026-10-01\n---\n"]),  // not a week yet
        Example("---\ncontact: Priya\nintroduced_by: Sam\ndate: 2026-11-02\n---\n", today: "2026-11-22"),  // Sam has no note
    ]

    /// The introducer still owed news of this held meeting, whatever the day: the person, the
    /// meeting day and the `introduced_by` value. The rule fires a week after the meeting; the
    /// follow-up list shows it from the meeting on.
    static func pending(_ note: Note, in context: LintContext) -> (introducer: Person, met: Day, at: SourceLocation)? {
        guard let i = note.interview, i.isHeld(on: context.today), let by = i.introducedBy, let met = i.meetingDay,
              let introducer = context.notebook.person(named: by.value) else { return nil }
        // Only an introducer with a note of their own can be tracked; nothing recorded with them
        // on or after this meeting day means they have not heard how it went.
        guard introducer.interviews.contains(where: { $0 != note.path }) else { return nil }
        if let last = context.people[introducer.id]?.lastRecorded, last >= met { return nil }
        // A done task in this note that names the introducer counts as telling them.
        let first = Identity.key(introducer.name).split(separator: " ").first.map(String.init) ?? ""
        if note.body.tasks.contains(where: { $0.isDone && !first.isEmpty && Identity.key($0.text).contains(first) }) { return nil }
        return (introducer, met, by.location)
    }

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, let (introducer, met, location) = pending(note, in: context),
              context.today > met.adding(days: 7) else { return [] }
        return [Finding(at: location, Message.introducerNotUpdated(introducer.name, context.name(i), met: met), contact: introducer.name)]
    }
}
