/// Every front-matter key of docs/format.md, with what it means: the one list the reader's known keys,
/// `field-unknown` and the editor's completion and hover come from.
public enum FieldCatalog {
    /// One key.
    public struct Field: Sendable {
        /// The normalized key (`thank_you`).
        public var key: String
        /// What the value is and means, in Markdown, as docs/format.md puts it.
        public var summary: String
        /// An example value.
        public var example: String
        public var inInterviews: Bool
        public var inPersonCards: Bool
        /// The key this one is another name for (`role` → `title`).
        public var aliasOf: String?
        /// The values it takes, when it takes only some.
        public var values: [String]
        /// Whether the value is a date (or a date-time), or a list of dated entries.
        public var isDated: Bool

        init(
            _ key: String, _ summary: String, example: String, interview: Bool = true, person: Bool = false,
            aliasOf: String? = nil, values: [String] = [], dated: Bool = false
        ) {
            self.key = key
            self.summary = summary
            self.example = example
            inInterviews = interview
            inPersonCards = person
            self.aliasOf = aliasOf
            self.values = values
            isDated = dated
        }
    }

    public static let fields: [Field] = [
        Field(
            "type", "`interview` or `person`. An interview is any note with `contact:`; `type: person` makes a person card.",
            example: "person", person: true, values: ["interview", "person"]),
        Field("contact", "The person you talk to, by name or `[[wikilink]]` (required in an interview).", example: "Jane Doe"),
        Field("name", "The person's name (default: the first heading, else the file name).", example: "Jane Doe", interview: false, person: true),
        Field("aliases", "Other names the person goes by: a list.", example: "[Janie, J. Doe]", interview: false, person: true),
        Field("title", "Their position.", example: "Director of Product", person: true),
        Field("role", "Another name for `title`.", example: "Director of Product", person: true, aliasOf: "title"),
        Field("company", "Where they work: text or a `[[wikilink]]`.", example: "Brightline Tutoring", person: true),
        Field("email", "How to reach them: an address with a single `@`.", example: "jane@example.com", person: true),
        Field("phone", "How to reach them.", example: "+1 312 555 0100", person: true),
        Field("linkedin", "Their LinkedIn profile.", example: "https://www.linkedin.com/in/janedoe", person: true),
        Field("url", "A page about them.", example: "https://example.com", person: true),
        Field("introduced_by", "The personal connection who put you in touch: a name or a `[[wikilink]]`.", example: "Sam Lee", person: true),
        Field("referred_by", "Another name for `introduced_by`.", example: "Sam Lee", person: true, aliasOf: "introduced_by"),
        Field(
            "status",
            "The pipeline stage. Without it: a `date` before today is `done`, today or later `scheduled`; any attempt `contacted`; else `prospect`. `declined` and `dropped` end the pipeline.",
            example: "scheduled", values: Status.allCases.map(\.rawValue)),
        Field(
            "attempts",
            "The outreach log, one entry per attempt: `\"2026-11-01 email\"`, `\"2026-11-01 email: left voicemail\"` or `{date, via, note}`; `via` is one of \(Channel.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")).",
            example: "[\"2026-11-01 email\"]", dated: true),
        Field("replied", "The day they answered; attempts stop counting from then.", example: "2026-11-05", dated: true),
        Field("date", "The meeting, planned or held: a date or a date-time (`2026-11-19 15:00`).", example: "2026-11-19 15:00", dated: true),
        Field("duration", "Planned or actual length: `30`, `\"30m\"`, `\"30 min\"`, `\"1h\"`, `\"0:45\"`.", example: "30 min"),
        Field("medium", "How you meet.", example: "video", values: Medium.allCases.map(\.rawValue)),
        Field("location", "Where you meet.", example: "Café Luna"),
        Field("thank_you", "The day the thank-you note went out (within `thank_you_within` days of the meeting).", example: "2026-11-19", dated: true),
        Field("follow_ups", "Keep-in-touch notes sent after the thank-you: a list of dates or `{date, via, note}`.", example: "[2027-01-15]", dated: true),
        Field("next_follow_up", "Overrides when the next follow-up is due.", example: "2027-02-01", dated: true),
        Field("follow_up_after", "This person's own follow-up cadence in days, instead of the notebook's.", example: "90", person: true),
        Field("practice", "A practice interview (`true`): no contact rules, not counted in the pipeline.", example: "true", values: ["true", "false"]),
        Field("tags", "A list, or comma-separated text.", example: "[edtech, remote]", person: true),
        Field(
            "reason", "Why a `declined` or `dropped` conversation ended, in your words (`lantern list` shows it).",
            example: "no time until January"),
        Field("lint", "Rules turned off for this file: `{disable: [rule-id, …]}`.", example: "{disable: [referrals-missing]}", person: true),
    ]

    /// The field with this normalized key.
    public static func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// The normalized keys an interview may carry (aliases included).
    public static let interviewKeys = Set(fields.filter(\.inInterviews).map(\.key))
    /// The normalized keys a person card may carry (aliases included).
    public static let personKeys = Set(fields.filter(\.inPersonCards).map(\.key))
}
