struct PrepQuestionsMissing: Rule {
    static let id = "prep-questions-missing"
    static let severity = Severity.warning
    static let summary = "A meeting within `prep_window` days and fewer than `min_questions` questions ready."
    static let triggering = [
        Example("---\ncontact: Chen\ndate: 2026-11-24\n---\n## Questions\n- How do growth teams work?\n- What do you measure?\n", today: "2026-11-22", line: 3)
    ]
    static let nonTriggering = [
        Example("---\ncontact: Chen\ndate: 2026-11-24\n---\n## Agenda\n1. One?\n2. Two?\n3. Three?\n", today: "2026-11-22"),
        Example("---\ncontact: Chen\ndate: 2026-11-24\n---\n## Questions\n- One?\n", today: "2026-11-22", config: "min_questions: 1\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let owed = context.obligation(.prep, of: note), note.body.questions.count < context.config.minQuestions,
            let day = owed.due
        else { return [] }
        return [
            Finding(
                at: owed.origin,
                Message.prepQuestionsMissing(
                    owed.contact, meeting: day, today: context.today, have: note.body.questions.count, want: context.config.minQuestions), contact: owed.contact
            )
        ]
    }
}
