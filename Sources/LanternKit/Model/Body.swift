/// The named parts of a note body (docs/format.md, "Sections").
public enum SectionKind: String, CaseIterable, Sendable, Codable {
    case research, questions, notes, referrals, actions, outreach

    /// The heading texts recognised by default, lower-cased.
    public var defaultNames: [String] {
        switch self {
        case .research: ["research", "background", "company research"]
        case .questions: ["questions", "my questions", "agenda"]
        case .notes: ["notes", "conversation", "what i learned"]
        case .referrals: ["referrals", "who else", "people to contact", "introductions"]
        case .actions: ["action items", "next steps", "to do", "todo", "follow-up"]
        case .outreach: ["outreach", "message", "draft"]
        }
    }
}

/// A line of prose with where it starts, kept for the sections whose words matter (outreach).
public struct TextLine: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation
}

/// A heading and what follows it up to the next heading of the same or a higher level.
public struct Section: Hashable, Sendable, Codable {
    public var title: String
    public var level: Int
    /// The recognised kind, or `nil` for a heading Lantern has no use for.
    public var kind: SectionKind?
    public var location: SourceLocation
    /// Whether anything other than headings stands in the section (text, lists, code…).
    public var hasContent: Bool
    /// The section's prose, line by line (outreach sections only).
    public var lines: [TextLine]
}

/// A list item of the questions section.
public struct Question: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation
}

/// Where a task stands, from the symbol in its box (docs/format.md, "Tasks"): `x`/`X` done,
/// `-` cancelled, any other symbol open (Obsidian Tasks' `[/]` in progress, `[D]`, custom
/// statuses); `lantern.yml`'s `tasks: {done: [...], cancelled: [...]}` names more.
public enum TaskStatus: String, Hashable, Sendable, Codable {
    case open, done, cancelled
}

/// Obsidian Tasks' priorities, highest first (`🔺 ⏫ 🔼 🔽 ⏬`, or `[priority:: high]`).
public enum TaskPriority: String, Hashable, Sendable, Codable, CaseIterable {
    case highest, high, medium, low, lowest
}

/// A task: a list item that starts with a box holding one character (`[ ]`, `[x]`, `[/]`, `[-]`…).
public struct Task: Hashable, Sendable, Codable {
    /// The text for display: the checkbox, the date markers, Tasks' own fields and a trailing
    /// block id removed.
    public var text: String
    /// The character in the box, as written.
    public var symbol: String
    public var status: TaskStatus
    public var due: Day?
    /// `HH:MM`, when the due value was a date-time (`[due:: 2022-04-05T10:30]`).
    public var dueTime: String?
    public var done: Day?
    public var scheduled: Day?
    /// Obsidian Tasks' start (`🛫`), created (`➕`) and cancelled (`❌`) dates.
    public var start: Day?
    public var created: Day?
    public var cancelled: Day?
    public var priority: TaskPriority?
    /// Obsidian Tasks' recurrence rule (`🔁 every week`, `[repeat:: every week]`), as written.
    public var recurrence: String?
    /// Obsidian Tasks' `🆔` id, `⛔` dependencies and `🏁` on-completion action.
    public var id: String?
    public var dependsOn: [String] = []
    public var onCompletion: String?
    /// The trailing block id (`^e5bebf`), without the caret.
    public var blockID: String?
    public var location: SourceLocation
    /// The section the task stands in, if a recognised one.
    public var section: SectionKind?

    /// A task ticked as done (not a cancelled one).
    public var isDone: Bool { status == .done }

    /// A task still to do: neither done nor cancelled.
    public var isOpen: Bool { status == .open }

    /// A done task that mentions a thank-you.
    public var isThankYou: Bool { isDone && Task.mentionsThankYou(text) }

    /// A done task that mentions a follow-up or a check-in.
    public var isFollowUp: Bool { isDone && Task.mentionsFollowUp(text) }

    /// Whether a task's words mention a thank-you (what makes a done task `isThankYou`).
    static func mentionsThankYou(_ text: String) -> Bool { text.containsIgnoringCase("thank") }

    /// Whether a task's words mention a follow-up or a check-in (what makes a done task `isFollowUp`).
    static func mentionsFollowUp(_ text: String) -> Bool { followUpWords.contains { text.containsIgnoringCase($0) } }

    /// The words that make a task a follow-up (lowercase).
    static let followUpWords = ["follow up", "follow-up", "followup", "check in", "check-in"]

    enum CodingKeys: String, CodingKey {
        case text, symbol, status, isDone, due, dueTime, done, scheduled, start, created, cancelled, priority,
            recurrence, id, dependsOn, onCompletion, blockID, location, section
    }
}

extension Task {
    /// Encoded with `is_done` beside `status`, as the export carried it before statuses.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(symbol, forKey: .symbol)
        try c.encode(status, forKey: .status)
        try c.encode(isDone, forKey: .isDone)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encodeIfPresent(dueTime, forKey: .dueTime)
        try c.encodeIfPresent(done, forKey: .done)
        try c.encodeIfPresent(scheduled, forKey: .scheduled)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(created, forKey: .created)
        try c.encodeIfPresent(cancelled, forKey: .cancelled)
        try c.encodeIfPresent(priority, forKey: .priority)
        try c.encodeIfPresent(recurrence, forKey: .recurrence)
        try c.encodeIfPresent(id, forKey: .id)
        if !dependsOn.isEmpty { try c.encode(dependsOn, forKey: .dependsOn) }
        try c.encodeIfPresent(onCompletion, forKey: .onCompletion)
        try c.encodeIfPresent(blockID, forKey: .blockID)
        try c.encode(location, forKey: .location)
        try c.encodeIfPresent(section, forKey: .section)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        symbol = try c.decode(String.self, forKey: .symbol)
        status = try c.decode(TaskStatus.self, forKey: .status)
        due = try c.decodeIfPresent(Day.self, forKey: .due)
        dueTime = try c.decodeIfPresent(String.self, forKey: .dueTime)
        done = try c.decodeIfPresent(Day.self, forKey: .done)
        scheduled = try c.decodeIfPresent(Day.self, forKey: .scheduled)
        start = try c.decodeIfPresent(Day.self, forKey: .start)
        created = try c.decodeIfPresent(Day.self, forKey: .created)
        cancelled = try c.decodeIfPresent(Day.self, forKey: .cancelled)
        priority = try c.decodeIfPresent(TaskPriority.self, forKey: .priority)
        recurrence = try c.decodeIfPresent(String.self, forKey: .recurrence)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        dependsOn = try c.decodeIfPresent([String].self, forKey: .dependsOn) ?? []
        onCompletion = try c.decodeIfPresent(String.self, forKey: .onCompletion)
        blockID = try c.decodeIfPresent(String.self, forKey: .blockID)
        location = try c.decode(SourceLocation.self, forKey: .location)
        section = try c.decodeIfPresent(SectionKind.self, forKey: .section)
    }
}

/// Someone the contact suggested talking to: one top-level item of the referrals section.
public struct Referral: Hashable, Sendable, Codable {
    /// The name as written (the wikilink's target, or the item's leading text).
    public var name: String
    /// Set when the name came from a `[[wikilink]]`.
    public var isWikilink: Bool
    /// The item's text, as shown.
    public var text: String
    public var emails: [String]
    public var phones: [String]
    public var urls: [String]
    public var location: SourceLocation
}

/// A `[[wikilink]]` in the body.
public struct Mention: Hashable, Sendable, Codable {
    /// The link target: `[[Target|shown]]` and `[[Target#heading]]` give `Target`.
    public var target: String
    public var location: SourceLocation
}

/// `<!-- lantern-disable rule-a rule-b -->`; no ids means every domain rule.
public struct InlineDisable: Hashable, Sendable, Codable {
    public var rules: [String]
    public var location: SourceLocation
}

/// What Lantern takes from a note's Markdown body.
public struct Body: Sendable, Codable {
    public var sections: [Section] = []
    public var questions: [Question] = []
    public var tasks: [Task] = []
    public var referrals: [Referral] = []
    public var mentions: [Mention] = []
    public var disables: [InlineDisable] = []
    /// The text of the first heading, if any (a person card's default name).
    public var firstHeading: String?

    public init() {}

    /// The first section of a kind.
    public func section(_ kind: SectionKind) -> Section? { sections.first { $0.kind == kind } }

    /// Research counts as present when a research section has content.
    public var hasResearch: Bool { sections.contains { $0.kind == .research && $0.hasContent } }
}
