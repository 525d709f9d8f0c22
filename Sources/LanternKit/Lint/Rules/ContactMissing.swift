struct ContactMissing: Rule {
    static let id = "contact-missing"
    static let severity = Severity.error
    static let summary = "An interview note (`type: interview`) names no contact."
    static let triggering = [Example("---\ntype: interview\ncompany: Acme\n---\n", line: 1)]
    static let nonTriggering = [Example("---\ntype: interview\ncontact: Jane Doe\n---\n")]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        guard let i = note.interview, i.contact == nil else { return [] }
        // A contact that was written but unreadable already has its value-invalid.
        if note.keys.contains(where: { $0.name == "contact" }) && !note.problems.isEmpty { return [] }
        return [Finding(line: 1, Message.contactMissing())]
    }
}
