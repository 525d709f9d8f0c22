struct ContactConflict: Rule {
    static let id = "contact-conflict"
    static let severity = Severity.warning
    static let summary = "One person has different emails, or different phones, in two notes."
    static let triggering = [
        Example("---\ncontact: Jane Doe\nemail: jane@new.example\n---\n", line: 3, others: ["interviews/a-first.md": "---\ncontact: jane doe\nemail: jane@old.example\n---\n"]),
        Example("---\ncontact: Jane Doe\nphone: +1 312 555 0100\n---\n", line: 3, others: ["interviews/a-first.md": "---\ncontact: Jane Doe\nphone: +1 312 555 0199\n---\n"]),
    ]
    static let nonTriggering = [
        Example("---\ncontact: Jane Doe\nemail: Jane@Old.example\nphone: (312) 555-0100\n---\n", others: ["interviews/a-first.md": "---\ncontact: Jane Doe\nemail: jane@old.example\nphone: 312 555 0100\n---\n"]),
        // The earlier file is the one that reports nothing.
        Example("---\ncontact: Jane Doe\nemail: jane@old.example\n---\n", others: ["interviews/z-later.md": "---\ncontact: Jane Doe\nemail: jane@new.example\n---\n"]),
    ]

    /// One email or phone as written in a note.
    struct Value {
        var path: String
        var text: String
        var location: SourceLocation
    }

    static func values(of person: Person, in notebook: Notebook) -> (emails: [Value], phones: [Value]) {
        var emails: [Value] = [], phones: [Value] = []
        let paths = (person.interviews + [person.card].compactMap { $0 }).sorted()
        for note in paths.compactMap(notebook.note(at:)) {
            let email = note.interview?.email ?? note.person?.email
            let phone = note.interview?.phone ?? note.person?.phone
            if let e = email { emails.append(Value(path: note.path, text: e.value, location: e.location)) }
            if let p = phone { phones.append(Value(path: note.path, text: p.value, location: p.location)) }
        }
        return (emails, phones)
    }

    static func check(_ note: Note, in context: LintContext) -> [Finding] {
        let person: Person?
        if let i = note.interview { person = context.notebook.person(of: i) } else if note.kind == .person {
            person = context.notebook.person(named: note.person?.name?.value ?? note.baseName)
        } else { person = nil }
        guard let person else { return [] }
        let (emails, phones) = values(of: person, in: context.notebook)
        var out: [Finding] = []
        func compare(_ list: [Value], _ what: String, _ same: (String) -> String) {
            guard let mine = list.first(where: { $0.path == note.path }) else { return }
            // Reported in the later file, against the first earlier file that disagrees.
            if let earlier = list.first(where: { $0.path < note.path && same($0.text) != same(mine.text) }) {
                out.append(Finding(at: mine.location, Message.contactConflict(person.name, what: what, value: mine.text, other: earlier.text, otherPath: earlier.path), contact: person.name))
            }
        }
        compare(emails, "email") { $0.lowercased() }
        compare(phones, "phone") { String($0.filter(\.isASCIIDigit).suffix(10)) }
        return out
    }
}
