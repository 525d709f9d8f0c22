struct TaskDateInvalid: LoadProblemRule {
    static let id = "task-date-invalid"
    static let severity = Severity.error
    static let summary = "A task's date marker holds something that is not a date."
    static let triggering = [
        Example("---\ncontact: Jane\n---\n## Action items\n- [ ] Send the deck 📅 2026-11-31\n", line: 5),
        // What Obsidian Tasks writes for a date it could not read.
        Example("---\ncontact: Jane\n---\n- [ ] Send the deck 📅 Invalid date\n", line: 4),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane\n---\n- [ ] Send the deck 📅 2026-11-30\n- [x] Call ✅ 2026-11-20\n"),
        // A marker followed by a word is text, as in Obsidian Tasks.
        Example("---\ncontact: Jane\n---\n- [x] this is a ✅ done task 🗓 2026-11-12 ✅ 2026-11-20\n"),
    ]
}
