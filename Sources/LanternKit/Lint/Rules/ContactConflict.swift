struct ContactConflict: Rule {
    static let id = "contact-conflict"
    static let severity = Severity.warning
    static let summary = "One person has different emails, or different phones, in two notes."
    static let triggering = [
        Example(
            "---\ncontact: Jane Doe\nemail: jane@new.example\n---\n", line: 3,
            others: ["interviews/a-first.md": "---\ncontact: jane doe\nemail: jane@old.example\n---\n"]),
        Example(
            "---\ncontact: Jane Doe\nphone: +1 312 555 0100\n---\n", line: 3,
            others: ["interviews/a-first.md": "---\ncontact: Jane Doe\nphone: +1 312 555 0199\n---\n"]),
    ]
    static let nonTriggering = [
        Example(
            "---\ncontact: Jane Doe\nemail: Jane@Old.example\nphone: (312) 555-0100\n---\n",
            others: ["interviews/a-first.md": "---\ncontact: Jane Doe\nemail: jane@old.example\nphone: 312 555 0100\n---\n"]),
        // The earlier file is the one that reports nothing.
        Example(
            "---\ncontact: Jane Doe\nemail: jane@old.example\n---\n",
            others: ["interviews/z-later.md": "---\ncontact: Jane Doe\nemail: jane@new.example\n---\n"]),
    ]

    /// One email or phone as written in a note.
    static func sameEmail(_ text: String) -> String { text.lowercased() }
    static func samePhone(_ text: String) -> String { String(text.filter(\.isASCIIDigit).suffix(10)) }

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        let person: Person?
        if let i = note.interview {
            person = context.notebook.person(of: i)
        } else if note.kind == .person {
            person = context.notebook.person(named: note.person?.name?.value ?? note.baseName)
        } else {
            person = nil
        }
        guard let person, let facts = context.people[person.id] else { return [] }
        var out: [Finding] = []
        func compare(_ mine: Located<String>?, _ values: LintContext.FirstValues, _ what: String, _ same: (String) -> String) {
            // Reported in the later file, against the first earlier file that disagrees.
            guard let mine, let earlier = values.earlierDifferent(than: same(mine.value), before: note.path) else { return }
            out.append(
                Finding(
                    at: mine.location, Message.contactConflict(person.name, what: what, value: mine.value, other: earlier.text, otherPath: earlier.path),
                    contact: person.name))
        }
        compare(note.details?.email, facts.emails, "email", sameEmail)
        compare(note.details?.phone, facts.phones, "phone", samePhone)
        return out
    }
}
