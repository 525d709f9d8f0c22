/// The named parts of a note body (format.md, "Sections").
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

/// A task: a list item that starts with `[ ]`, `[x]` or `[X]`.
public struct Task: Hashable, Sendable, Codable {
    /// The text with the checkbox and the date markers removed.
    public var text: String
    public var isDone: Bool
    public var due: Day?
    public var done: Day?
    public var scheduled: Day?
    public var location: SourceLocation
    /// The section the task stands in, if a recognised one.
    public var section: SectionKind?

    /// A done task that mentions a thank-you.
    public var isThankYou: Bool { isDone && text.containsIgnoringCase("thank") }

    /// A done task that mentions a follow-up or a check-in.
    public var isFollowUp: Bool {
        guard isDone else { return false }
        return Task.followUpWords.contains { text.containsIgnoringCase($0) }
    }

    /// The words that make a task a follow-up (lowercase).
    static let followUpWords = ["follow up", "follow-up", "followup", "check in", "check-in"]
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
