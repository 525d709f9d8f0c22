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
    /// Given names, family name and an honorific suffix (vCard's N): `Thomas Reed, Jr.` is
    /// Thomas / Reed / Jr., not a family name "Jr.".
    public var nameParts: (given: String, family: String, suffix: String) {
        var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        var suffix: [String] = []
        while words.count > 2, Contact.suffixes.contains(words.last!.lowercased().filter { $0.isLetter }) {
            suffix.insert(words.removeLast(), at: 0)
        }
        if !suffix.isEmpty, let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
        guard words.count > 1 else { return (words.joined(separator: " "), "", suffix.joined(separator: " ")) }
        return (words.dropLast().joined(separator: " "), words.last ?? "", suffix.joined(separator: " "))
    }

    /// Words that end a name without being its family name (compared by their letters).
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "dds", "jd"]
}

public enum Contacts {
    /// Everyone in the notebook (interviewees, person cards, introducers, referrals), merged by
    /// identity, sorted by name.
    public static func all(in notebook: Notebook) -> [Contact] {
        notebook.people.map { person in
            let status = notebook.status(of: person)
            return Contact(
                id: person.id, name: person.name, aliases: person.aliases.elements, title: person.title,
                company: person.company, emails: person.emails.elements, phones: person.phones.elements,
                urls: person.urls.elements, status: status?.rawValue, introducedBy: person.introducedBy,
                roles: person.roles, tags: person.tags.elements,
                notes: (person.card.map { [$0] } ?? []) + person.interviews)
        }
    }
}
