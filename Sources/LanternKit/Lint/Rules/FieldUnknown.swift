struct FieldUnknown: Rule {
    static let id = "field-unknown"
    static let severity = Severity.warning
    static let summary = "A front-matter key that is neither in the format nor in `extra_fields` (with a did-you-mean)."
    static let triggering = [
        Example("---\ncontact: Jane\ncompnay: Acme\n---\n", line: 3),
        Example("---\ncontact: Jane\nsalary: 100k\n---\n", line: 3),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane\nsalary_band: B\nThank-You: 2026-11-20\n---\n", config: "extra_fields: [salary_band]\n"),
        Example("---\ntype: person\nname: Jane\naliases: [J]\n---\n"),
    ]

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        let known: Set<String>
        switch note.kind {
        case .interview: known = NoteReader.interviewKeys
        case .person: known = NoteReader.personKeys
        case .other: return []
        }
        return note.keys.filter { !known.contains($0.name) && !context.config.extraFields.contains($0.name) }.map { key in
            Finding(
                at: key.location, Message.fieldUnknown(key.raw, suggestion: closest(key.name, in: known.sorted())),
                contact: note.interview?.contact?.value)
        }
    }
}
