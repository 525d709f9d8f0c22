struct ActionOverdue: Rule {
    static let id = "action-overdue"
    static let severity = Severity.warning
    static let summary = "An open task whose due date has passed."
    static let triggering = [
        Example("---\ncontact: Jane\n---\n## Action items\n- [ ] Send the case study 📅 2026-11-21\n", today: "2026-11-22", line: 5),
        // Any box symbol but done and cancelled is open: Obsidian Tasks' [/] is "in progress".
        Example("---\ncontact: Jane\n---\n- [/] Draft the case study 📅 2026-11-21\n", today: "2026-11-22", line: 4),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane\n---\n- [ ] Send the case study 📅 2026-11-22\n", today: "2026-11-22"),  // due today
        Example("---\ncontact: Jane\n---\n- [x] Send the case study 📅 2026-11-01 ✅ 2026-11-01\n", today: "2026-11-22"),
        Example("---\ncontact: Jane\n---\n- [-] Send the case study 📅 2026-11-01 ❌ 2026-11-10\n", today: "2026-11-22"),  // cancelled
        Example("---\ncontact: Jane\n---\n- `[ ] Send the deck 📅 2026-11-01` is how a task looks\n", today: "2026-11-22"),  // code
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        // The open tasks the ledger lists (not those of a conversation that ended, nor a
        // thank-you task waiting for its meeting), on their own due day.
        context.obligations(of: note).compactMap { owed in
            guard let task = owed.task, let due = task.due, due < context.today else { return nil }
            return Finding(
                at: task.location, Message.actionOverdue(task.text, due: due, today: context.today),
                contact: note.interview.map(context.name))
        }
    }
}
