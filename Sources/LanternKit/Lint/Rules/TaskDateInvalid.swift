struct TaskDateInvalid: LoadProblemRule {
    static let id = "task-date-invalid"
    static let severity = Severity.error
    static let summary = "A task's date marker holds something that is not a date."
    static let triggering = [Example("---\ncontact: Jane\n---\n## Action items\n- [ ] Send the deck 📅 2026-11-31\n", line: 5)]
    static let nonTriggering = [Example("---\ncontact: Jane\n---\n- [ ] Send the deck 📅 2026-11-30\n- [x] Call ✅ 2026-11-20\n")]
}
