/// One person across all their notes and their card (`lantern person`): how to reach them, where
/// they stand, a dated timeline of everything recorded with them, and what is owed next.
public struct PersonReport: Sendable, Encodable {
    public var version = 1
    public var today: Day
    public var name: String
    public var aliases: [String]
    public var title: String?
    public var company: String?
    public var emails: [String]
    public var phones: [String]
    public var urls: [String]
    public var tags: [String]
    public var introducedBy: String?
    /// The status of their current note (`nil` with no interview note).
    public var status: String?
    /// The note that says where they stand.
    public var currentNote: String?
    public var lastContact: Day?
    /// Their person card, if any.
    public var card: String?
    /// Their interview notes, by path.
    public var notes: [String]
    /// `contact`, `card`, `introducer`, `referral`.
    public var roles: [String]
    /// Everything recorded with them, oldest first.
    public var timeline: [Entry]
    /// What is owed next, in the follow-up list's order.
    public var owed: [Owed]

    /// Something recorded on a day.
    public struct Entry: Sendable, Encodable {
        public var day: Day
        /// `attempt`, `reply`, `meeting`, `thank-you`, `follow-up`, `task-done`, `referred`
        /// (they named someone), `referred-by` (someone named them), `introduced`.
        public var kind: String
        public var text: String
        public var path: String
        public var line: Int
    }

    /// An obligation concerning them.
    public struct Owed: Sendable, Encodable {
        public var kind: String
        public var due: Day?
        public var overdue: Bool
        public var text: String
        public var why: String
        public var clear: String
        public var path: String
        public var line: Int
    }
}

extension PersonReport {
    /// The report on `person` of `notebook`.
    public init(person: Person, in notebook: Notebook) {
        let today = notebook.today
        let standing = notebook.ledger.standing(ofPersonWithID: person.id)
        self.today = today
        name = person.name
        aliases = Array(person.aliases)
        title = person.title
        company = person.company
        emails = Array(person.emails)
        phones = Array(person.phones)
        urls = Array(person.urls)
        tags = Array(person.tags)
        introducedBy = person.introducedBy
        status = standing?.status?.rawValue
        currentNote = standing?.currentNote
        lastContact = standing?.lastContact
        card = person.card
        notes = person.interviews
        roles = person.roles

        var entries: [(entry: Entry, order: Int)] = []
        func add(_ day: Day, _ kind: String, _ text: String, _ path: String, _ line: Int) {
            entries.append((Entry(day: day, kind: kind, text: text, path: path, line: line), entries.count))
        }
        for path in person.interviews {
            guard let index = notebook.index(of: path) else { continue }
            let practice = notebook.notes[index].interview?.isPractice == true ? " (practice)" : ""
            for event in notebook.events(ofNoteAt: index) {
                switch event.kind {
                case .attempt: add(event.day, "attempt", "You wrote" + (event.detail.map { " (\($0))" } ?? "") + practice, path, event.line)
                case .reply: add(event.day, "reply", "They replied", path, event.line)
                case .meeting: add(event.day, "meeting", "You met" + (event.detail.map { " (\($0))" } ?? "") + practice, path, event.line)
                case .thankYou: add(event.day, "thank-you", "You sent a thank-you note", path, event.line)
                case .followUp: add(event.day, "follow-up", "You followed up" + (event.detail.map { " (\($0))" } ?? ""), path, event.line)
                case .taskDone: add(event.day, "task-done", "Done: " + (event.detail ?? ""), path, event.line)
                case .referralGiven: add(event.day, "referred", "They suggested you talk to \(event.person)", path, event.line)
                }
            }
            if let i = notebook.notes[index].interview, let by = i.details.introducedBy, let day = i.attempts.map(\.day).min() ?? i.meetingDay {
                add(day, "introduced", "Introduced by \(notebook.displayName(of: by.value) ?? by.value)", path, by.line)
            }
        }
        for source in person.referredIn {
            guard let day = source.day else { continue }
            add(day, "referred-by", "\(source.by) suggested you talk to them", source.path, source.line)
        }
        timeline = entries.sorted { ($0.entry.day, $0.order) < ($1.entry.day, $1.order) }.map(\.entry)

        // What concerns them, and what their conversations still call for (telling whoever
        // introduced you how it went); a referral they gave concerns the person referred.
        owed = (FollowUps.concerning(in: notebook)[person.id] ?? [])
            .map {
                Owed(
                    kind: $0.kind.rawValue, due: $0.due, overdue: $0.isOverdue(on: today), text: $0.text, why: $0.why,
                    clear: $0.clear, path: $0.path, line: $0.line)
            }
    }
}
