/// One person as the address-book exports show them (README, "Your people in your address book").
public struct Contact: Sendable, Encodable {
    /// The identity key: stable across runs, so address books update instead of doubling.
    public var id: String
    public var name: String
    public var aliases: [String]
    public var title: String?
    public var company: String?
    public var emails: [String]
    public var phones: [String]
    public var urls: [String]
    /// The status of their latest interview note; `nil` for people with no note yet.
    public var status: String?
    public var introducedBy: String?
    /// `contact`, `card`, `introducer`, `referral`.
    public var roles: [String]
    public var tags: [String]
    /// Their notes: the person card first, then the interview notes.
    public var notes: [String]

    /// The given and family names, for vCard's `N`: the last word is taken as the family name.
    public var nameParts: (given: String, family: String) {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return (name, "") }
        return (words.dropLast().joined(separator: " "), words.last ?? "")
    }
}

public enum Contacts {
    /// Everyone in the notebook (interviewees, person cards, introducers, referrals), merged by
    /// identity, sorted by name.
    public static func all(in notebook: Notebook) -> [Contact] {
        notebook.people.map { person in
            let status = notebook.status(of: person)
            return Contact(id: person.id, name: person.name, aliases: person.aliases.elements, title: person.title,
                           company: person.company, emails: person.emails.elements, phones: person.phones.elements,
                           urls: person.urls.elements, status: status?.rawValue, introducedBy: person.introducedBy,
                           roles: person.roles, tags: person.tags.elements,
                           notes: (person.card.map { [$0] } ?? []) + person.interviews)
        }
    }
}
