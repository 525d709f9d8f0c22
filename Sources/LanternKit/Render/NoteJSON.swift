/// The parsed model of one note, as `show --format json` and `export` print it.
struct NoteJSON: Encodable {
    var path: String
    var kind: NoteKind
    var lineEndings: String
    var hasFrontMatter: Bool
    var person: String?
    var interview: WithDetails<InterviewJSON>?
    var card: WithDetails<CardJSON>?
    var lintDisable: [Located<String>]
    var body: Body
    var problems: [Problem]

    init(_ note: Note, in notebook: Notebook) {
        path = note.path
        kind = note.kind
        lineEndings = note.lineEndings
        hasFrontMatter = note.hasFrontMatter
        lintDisable = note.lintDisable
        body = note.body
        problems = note.problems
        if let i = note.interview {
            interview = WithDetails(fields: InterviewJSON(i, today: notebook.today), details: i.details)
            person = notebook.person(of: i)?.name
        }
        if let c = note.person {
            card = WithDetails(fields: CardJSON(card: c), details: c.details)
            person = notebook.displayName(of: c.name?.value ?? note.baseName)
        }
    }
}

/// A note's `interview` or `card` object: its own fields, and the contact details beside them
/// (one object, written by `ContactDetails.encode(to:)` for every note).
struct WithDetails<Fields: Encodable>: Encodable {
    var fields: Fields
    var details: ContactDetails

    func encode(to encoder: Encoder) throws {
        try fields.encode(to: encoder)
        try details.encode(to: encoder)
    }
}

struct InterviewJSON: Encodable {
    var contact: Located<String>?
    var status: Status
    var statusInferred: Bool
    var location, reason: Located<String>?
    var attempts: [Attempt]
    var replied: Located<Day>?
    var date: Located<DateTime>?
    var durationMinutes: Located<Int>?
    var medium: Located<Medium>?
    var thankYou: [ThankYou]
    var followUps: [FollowUp]
    var nextFollowUp: Located<Day>?
    var followUpAfter: Located<Int>?
    var practice: Bool

    init(_ i: Interview, today: Day) {
        contact = i.contact
        status = i.status(on: today)
        statusInferred = i.explicitStatus == nil
        location = i.location
        reason = i.reason
        attempts = i.attempts
        replied = i.replied
        date = i.meeting
        durationMinutes = i.durationMinutes
        medium = i.medium
        thankYou = i.thankYous
        followUps = i.followUps
        nextFollowUp = i.nextFollowUp
        followUpAfter = i.followUpAfter
        practice = i.isPractice
    }
}

struct CardJSON: Encodable {
    var name: Located<String>?
    var aliases: [String]
    var followUpAfter: Located<Int>?

    init(card c: PersonCard) {
        name = c.name; aliases = c.aliases; followUpAfter = c.followUpAfter
    }
}

/// `lantern show NOTE --format json`.
public struct ShowJSON: Encodable {
    var version = 1
    var today: Day
    var note: NoteJSON

    public init(note: Note, in notebook: Notebook) {
        today = notebook.today
        self.note = NoteJSON(note, in: notebook)
    }
}

/// `lantern export --format json`: the whole notebook.
public struct ExportJSON: Encodable {
    var version = 1
    var today: Day
    var root: String
    var files: Int
    var notes: [NoteJSON]
    var people: [Person]
    var tasks: [TaskJSON]
    var referrals: [ReferralJSON]
    var events: [Event]

    struct TaskJSON: Encodable {
        var path: String
        var contact: String?
        var task: Task
    }

    struct ReferralJSON: Encodable {
        var path: String
        var by: String?
        var referral: Referral
    }

    public init(_ notebook: Notebook) {
        today = notebook.today
        root = notebook.root
        files = notebook.notes.count
        notes = notebook.notes.map { NoteJSON($0, in: notebook) }
        people = notebook.people
        var tasks: [TaskJSON] = []
        var referrals: [ReferralJSON] = []
        for note in notebook.notes {
            let contact = note.interview.flatMap(notebook.contactName)
            tasks += note.body.tasks.map { TaskJSON(path: note.path, contact: contact, task: $0) }
            if note.kind == .interview {
                referrals += note.body.referrals.map { ReferralJSON(path: note.path, by: contact, referral: $0) }
            }
        }
        self.tasks = tasks
        self.referrals = referrals
        events = notebook.events
    }
}
