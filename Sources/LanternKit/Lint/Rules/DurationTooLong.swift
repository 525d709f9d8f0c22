struct DurationTooLong: Rule {
    static let id = "duration-too-long"
    static let severity = Severity.warning
    static let summary = "`duration` is more than `max_duration` minutes: ask for 30 minutes at most."
    static let triggering = [Example("---\ncontact: Jane\nduration: 1h\n---\n", line: 3)]
    static let nonTriggering = [
        Example("---\ncontact: Jane\nduration: 0:30\n---\n"),
        Example("---\ncontact: Jane\nduration: 45 min\n---\n", config: "max_duration: 45\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, !i.isPractice, let d = i.durationMinutes, d.value > context.config.maxDuration else { return [] }
        return [Finding(at: d.location, Message.durationTooLong(d.value, max: context.config.maxDuration), contact: context.name(i))]
    }
}
