/// One thing owed to someone: what, by when, the note and line that carry it, why it exists and
/// what clears it. The ledger makes these; `followups`, lint, the pages and the calendar show them.
public struct Obligation: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Encodable {
        case thankYou = "thank-you", nudge, drop
        case reachOut = "reach-out"
        case schedule
        case referral, prep, meeting
        case confirmMeeting = "confirm-meeting"
        case followUp = "follow-up"
        case updateIntroducer = "update-introducer"
        case action
    }

    public var kind: Kind
    /// The day it is due; `nil` for "someday".
    public var due: Day?
    /// The meeting's wall-clock time (`HH:MM`), for `meeting` items that have one.
    public var time: String?
    /// The meeting, for `meeting` items: its day and time as written, for the calendar.
    public var meeting: DateTime?
    /// How long the meeting is planned to last, in minutes (`meeting` items).
    public var durationMinutes: Int?
    /// The person it concerns (the display name).
    public var contact: String
    /// The person's identity key, when the person is known to the notebook.
    public var personID: String?
    /// The note that carries it, relative to the root.
    public var path: String
    /// The line it is shown at: the user's task when one stands for it, else `origin`'s line.
    public var line: Int
    /// The value it comes from (the meeting date, the last attempt…): where lint points.
    public var origin: SourceLocation
    /// What to do, in a few words.
    public var text: String
    /// Why it is owed.
    public var why: String
    /// What clears it: a command that works as printed, or what to change in the note.
    public var clear: String
    /// The user's open task that stands for it, if any: its line and its own due day.
    public var task: TaskReference?
    /// What tells this item apart from others of its kind in the same note (a task's text and its
    /// place among tasks with the same text, a referral's name): with path and kind it makes the
    /// calendar UID, stable across runs.
    public var key: String

    /// An open task of the user's, as the ledger lists it: where it is, its words and its own
    /// due day (📅).
    public struct TaskReference: Sendable, Hashable {
        public var location: SourceLocation
        public var text: String
        public var due: Day?
    }

    public init(
        kind: Kind, due: Day?, time: String? = nil, contact: String, personID: String? = nil, path: String,
        origin: SourceLocation, text: String, why: String = "", clear: String = "", key: String = ""
    ) {
        self.kind = kind
        self.due = due
        self.time = time
        self.contact = contact
        self.personID = personID
        self.path = path
        self.line = origin.line
        self.origin = origin
        self.text = text
        self.why = why
        self.clear = clear
        self.key = key
    }

    public func isOverdue(on today: Day) -> Bool { due.map { $0 < today } ?? false }
}
