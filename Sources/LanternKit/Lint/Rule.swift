/// One lint rule: its id, default severity, summary, examples, and the check.
///
/// The examples are the rule's tests: every triggering example must fire on its line, and no
/// non-triggering example may fire.
public protocol Rule: Sendable {
    static var id: String { get }
    static var severity: Severity { get }
    static var summary: String { get }
    static var triggering: [Example] { get }
    static var nonTriggering: [Example] { get }
    /// Whether the rule looks at every note, "other" notes and `<!-- lantern-disable -->` ones
    /// included (the syntax rules); the others look at interviews and person cards only.
    static var appliesToEveryNote: Bool { get }
    /// What the rule finds in one note, judged against the whole notebook.
    static func check(_ note: Note, in context: LintContext) -> [Finding]
}

extension Rule {
    public static var appliesToEveryNote: Bool { false }
}

/// A note (with its front matter) that a rule is shown on.
public struct Example: Sendable {
    /// The note's text.
    public var note: String
    /// The day it is judged on.
    public var today: String
    /// For triggering examples, the line the diagnostic must point at.
    public var line: Int?
    /// `lantern.yml` text.
    public var config: String
    /// Other notes of the notebook (path → text), for rules that look across notes.
    public var others: [String: String]
    /// Where the note stands.
    public var path: String

    public init(
        _ note: String, today: String = "2026-11-22", line: Int? = nil, config: String = "",
        others: [String: String] = [:], path: String = "interviews/example.md"
    ) {
        self.note = note
        self.today = today
        self.line = line
        self.config = config
        self.others = others
        self.path = path
    }
}

/// What a rule reports, before severity and path are attached.
public struct Finding: Sendable, Hashable {
    public var location: SourceLocation
    public var message: String
    /// The person the finding concerns.
    public var contact: String?

    public init(at location: SourceLocation, _ message: String, contact: String? = nil) {
        self.location = location
        self.message = message
        self.contact = contact
    }

    public init(line: Int, _ message: String, contact: String? = nil) {
        self.init(at: SourceLocation(line: line), message, contact: contact)
    }
}

/// A finding in a file, with its rule and severity: one line of `lantern lint`.
public struct Diagnostic: Sendable, Hashable, Encodable {
    public var path: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var rule: String
    public var message: String
    public var contact: String?
    /// Where the finding's region ends, when known (SARIF's `endLine`, `endColumn`); not in the
    /// JSON output, whose shape the golden files in Tests/Fixtures/lint hold.
    public var endLine: Int?
    public var endColumn: Int?

    private enum CodingKeys: String, CodingKey { case path, line, column, severity, rule, message, contact }
}

/// What every rule can see.
public struct LintContext: Sendable {
    public private(set) var notebook: Notebook
    public var config: Config { notebook.config }
    public var today: Day { notebook.today }
    /// What is owed, by when (the one place deadlines are worked out): taken from the notebook
    /// once, when the context is made. Rules read it for every note on every core; through
    /// `Notebook.ledger` each read would take the notebook's lock and a reference on each of
    /// the ledger's tables, shared by both cores.
    public private(set) var ledger: Ledger
    /// The practice's arithmetic, for the rules that judge what was done (late, too soon).
    public var practice: Practice { ledger.practice }

    /// Per person (by id): what the cross-note rules compare, gathered once per run so that each
    /// note's check is constant time however many notes a person has.
    private(set) var people: [String: PersonFacts]

    public init(notebook: Notebook) {
        self.notebook = notebook
        ledger = notebook.ledger
        people = [:]
        let notes = notebook.notes
        for n in notes.indices {  // in path order, read in place
            if let id = personID(ofNoteAt: n, in: notes) { people[id, default: PersonFacts()].take(n, of: notes, on: notebook.today) }
        }
    }

    /// The person whose facts the note at `notes[n]` adds to: an interview's contact, a card's person.
    private func personID(ofNoteAt n: Int, in notes: [Note]) -> String? {
        if let contact = notes[n].interview?.contact?.value { return notebook.personID(named: contact) }
        if notes[n].kind == .person { return notebook.personID(named: notes[n].person?.name?.value ?? notes[n].baseName) }
        return nil
    }

    // MARK: - Editing (the language server)

    /// Puts `note` in place of the note at its path, or adds it, and gathers again the facts of
    /// the people it changed (of everyone when names changed).
    @discardableResult
    public mutating func replace(with note: Note) -> Notebook.Change {
        let previous = notebook.index(of: note.path).flatMap { personID(ofNoteAt: $0, in: notebook.notes) }
        let change = notebook.replace(with: note)
        ledger = notebook.ledger
        refresh(after: change, also: previous)
        return change
    }

    /// Takes the note at `path` out.
    public mutating func remove(path: String) {
        if let change = notebook.remove(path: path) {
            ledger = notebook.ledger
            refresh(after: change, also: nil)
        }
    }

    /// Judges the same notes on another day.
    public mutating func judge(on day: Day) {
        guard day != today else { return }
        notebook.judge(on: day)
        self = LintContext(notebook: notebook)
    }

    private mutating func refresh(after change: Notebook.Change, also previous: String?) {
        guard case .people(var ids) = change else {
            self = LintContext(notebook: notebook)
            return
        }
        if let previous { ids.insert(previous) }
        for id in ids { people[id] = nil }
        let notes = notebook.notes
        for id in ids {
            guard let person = notebook.personPosition(id: id).map({ notebook.people[$0] }) else { continue }
            // Their interviews and every card that names them, in path order as `init` takes them.
            var indices = person.interviews.compactMap(notebook.index(of:))
            for n in notes.indices where notes[n].kind == .person && personID(ofNoteAt: n, in: notes) == id { indices.append(n) }
            for n in indices.sorted() where personID(ofNoteAt: n, in: notes) == id {
                people[id, default: PersonFacts()].take(n, of: notes, on: notebook.today)
            }
        }
    }

    /// The obligations a note carries.
    func obligations(of note: Note) -> [Obligation] {
        notebook.index(of: note.path).map { ledger.obligations(ofNoteAt: $0) } ?? []
    }

    /// The first obligation of a kind that a note carries.
    func obligation(_ kind: Obligation.Kind, of note: Note) -> Obligation? {
        notebook.index(of: note.path).flatMap { ledger.obligation(kind, ofNoteAt: $0) }
    }

    /// What the cross-note rules need to know about one person.
    struct PersonFacts {
        var emails = FirstValues()
        var phones = FirstValues()
        /// The first interview note (by path) still in the pipeline, and its status.
        var firstOpen: (path: String, status: Status)?

        /// Adds what the note at `notes[n]`, one of theirs, says (notes come in path order).
        mutating func take(_ n: Int, of notes: [Note], on today: Day) {
            if let details = notes[n].details {
                if let email = details.email { emails.add(notes[n].path, email.value, ContactConflict.sameEmail) }
                if let phone = details.phone { phones.add(notes[n].path, phone.value, ContactConflict.samePhone) }
            }
            // Read in place: binding the interview to a name would copy all of it.
            if notes[n].interview?.isPractice == false, firstOpen == nil, let status = notes[n].interview?.status(on: today), status.isOpen {
                firstOpen = (notes[n].path, status)
            }
        }
    }

    /// The first value written for a person (by path), and the first one that differs from it:
    /// enough to find, for any note, the first earlier note that disagrees with it.
    struct FirstValues {
        var first: (path: String, text: String, key: String)?
        var firstDifferent: (path: String, text: String, key: String)?

        mutating func add(_ path: String, _ text: String, _ normalize: (String) -> String) {
            let key = normalize(text)
            if let first {
                if firstDifferent == nil, key != first.key { firstDifferent = (path, text, key) }
            } else {
                first = (path, text, key)
            }
        }

        /// The first value written before `path` that differs from `text` (already normalized as `key`).
        func earlierDifferent(than key: String, before path: String) -> (path: String, text: String)? {
            guard let first, first.path < path else { return nil }
            if first.key != key { return (first.path, first.text) }
            if let d = firstDifferent, d.path < path { return (d.path, d.text) }
            return nil
        }
    }

    /// The contact's display name.
    func name(_ interview: Interview) -> String {
        notebook.contactName(interview) ?? "this contact"
    }
}
