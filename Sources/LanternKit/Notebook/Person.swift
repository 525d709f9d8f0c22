import OrderedCollections

/// Someone in the notebook: a contact, a person card, an introducer or a referral, merged by
/// identity across every note that names them.
///
/// The values gathered from many notes (aliases, emails, phones, links, tags) are ordered sets:
/// first-seen order, each value once, and a constant-time check for one already there, so that a
/// person named in hundreds of notes costs no more per note than one named in two. They encode as
/// JSON arrays, as the arrays before them did.
public struct Person: Sendable, Encodable {
    /// The identity key (see `Identity.key`).
    public var id: String
    /// How the person is shown: the card's name, else the first spelling met (by path order).
    public var name: String
    public var aliases: OrderedSet<String> = []
    /// The person card's path.
    public var card: String?
    /// Interview notes with this person, by path.
    public var interviews: [String] = []
    /// Who introduced them (a person's name), from `introduced_by` or a referral.
    public var introducedBy: String?
    /// Where they were given as a referral.
    public var referredIn: [ReferralSource] = []
    /// `contact`, `card`, `introducer`, `referral`, in first-seen order: four at most, so a plain
    /// array's search stays short.
    public var roles: [String] = []
    public var title: String?
    public var company: String?
    public var emails: OrderedSet<String> = []
    public var phones: OrderedSet<String> = []
    public var urls: OrderedSet<String> = []
    public var tags: OrderedSet<String> = []

    public struct ReferralSource: Sendable, Encodable, Hashable {
        /// The contact who gave the referral.
        public var by: String
        public var path: String
        public var line: Int
        /// The meeting day of the interview the referral came from.
        public var day: Day?
    }

    mutating func addRole(_ role: String) {
        if !roles.contains(role) { roles.append(role) }
    }
}

extension OrderedSet<String> {
    /// Adds a value met in a note, unless it is missing, empty or already there.
    mutating func add(_ value: String?) {
        guard let value, !value.isEmpty else { return }
        append(value)
    }
}

/// Something that happened on a day, for the weekly page and the index.
public struct Event: Sendable, Encodable, Hashable {
    public enum Kind: String, Sendable, Encodable, CaseIterable {
        case attempt, reply, meeting
        case thankYou = "thank-you"
        case followUp = "follow-up"
        case taskDone = "task-done"
        case referralGiven = "referral-given"
    }

    public var kind: Kind
    public var day: Day
    /// The person the event concerns (for `referral-given`, the person referred).
    public var person: String
    public var path: String
    public var line: Int
    /// The channel, the task's text, or who gave the referral.
    public var detail: String?
}
