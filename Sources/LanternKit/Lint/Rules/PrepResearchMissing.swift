struct PrepResearchMissing: Rule {
    static let id = "prep-research-missing"
    static let severity = Severity.warning
    static let summary = "A meeting within `prep_window` days and no research written down."
    static let triggering = [
        Example("---\ncontact: Chen\nstatus: scheduled\ndate: 2026-11-24 10:30\n---\n## Research\n<!-- todo -->\n", today: "2026-11-22", line: 4),
        Example("---\ncontact: Chen\ndate: 2026-11-22\n---\n", today: "2026-11-22", line: 3),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Chen\ndate: 2026-11-25\n---\n", today: "2026-11-22"),  // outside the window
        Example("---\ncontact: Chen\ndate: 2026-11-24\n---\n## Background\nKahoot! makes quiz games.\n", today: "2026-11-22"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let owed = context.obligation(.prep, of: note), !note.body.hasResearch, let day = owed.due else { return [] }
        return [Finding(at: owed.origin, Message.prepResearchMissing(owed.contact, meeting: day, today: context.today), contact: owed.contact)]
    }
}
