struct DuplicatePipeline: Rule {
    static let id = "duplicate-pipeline"
    static let severity = Severity.warning
    static let summary = "Two interview notes for one person are both open (`prospect`, `contacted` or `scheduled`)."
    static let triggering = [
        Example(
            "---\ncontact: Jane Doe\nstatus: prospect\n---\n", line: 2,
            others: ["interviews/a-first.md": "---\ncontact: Jane Doe\nattempts: [2026-11-01 email]\n---\n"])
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane Doe\nstatus: prospect\n---\n", others: ["interviews/a-first.md": "---\ncontact: Jane Doe\ndate: 2026-09-01\n---\n"]),
        Example("---\ncontact: Jane Doe\nstatus: prospect\n---\n", others: ["interviews/z-later.md": "---\ncontact: Jane Doe\nstatus: contacted\n---\n"]),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, !i.isPractice, let contact = i.contact, i.status(on: context.today).isOpen,
            let person = context.notebook.person(of: i), let first = context.people[person.id]?.firstOpen,
            first.path < note.path
        else { return [] }
        return [Finding(at: contact.location, Message.duplicatePipeline(person.name, otherPath: first.path, status: first.status), contact: person.name)]
    }
}
