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
    /// What the rule finds in one note, judged against the whole notebook.
    static func check(_ note: Note, in context: LintContext) -> [Finding]
}

extension Rule {
    /// Rules that apply to every note; the others apply to interviews and person cards only.
    static var appliesToEveryNote: Bool { id == "file-unreadable" || id == "front-matter-invalid" }
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

    public init(_ note: String, today: String = "2026-11-22", line: Int? = nil, config: String = "",
                others: [String: String] = [:], path: String = "interviews/example.md") {
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
}

/// What every rule can see.
public struct LintContext: Sendable {
    public let notebook: Notebook
    public var config: Config { notebook.config }
    public var today: Day { notebook.today }

    public init(notebook: Notebook) { self.notebook = notebook }

    /// The contact's display name.
    func name(_ interview: Interview) -> String {
        notebook.contactName(interview) ?? "this contact"
    }

    /// What to type after `lantern log` to name this note: the contact's first name, lower-cased.
    func logName(_ interview: Interview) -> String {
        let key = Identity.key(name(interview))
        let first = key.split(separator: " ").first.map(String.init) ?? key
        return first.contains(where: { !$0.isLetter && $0 != "-" }) ? "\"\(key)\"" : first
    }

    /// Follow-up cadence in days: the note's own, else the person card's, else the notebook's.
    func followUpAfter(_ interview: Interview) -> Int {
        if let own = interview.followUpAfter?.value { return own }
        if let person = notebook.person(of: interview), let card = person.card,
           let days = notebook.note(at: card)?.person?.followUpAfter?.value {
            return days
        }
        return config.followUpAfter
    }
}
