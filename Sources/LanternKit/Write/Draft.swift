/// `lantern draft`: an email draft for a note, from `templates/drafts/KIND.md`.
public enum Draft {
    public enum Kind: String, CaseIterable, Sendable {
        case outreach, nudge
        case thankYou = "thank-you"
        case followUp = "follow-up"
        case updateIntroducer = "update-introducer"

        /// Which of a person's notes the draft is written from.
        public var purpose: Ledger.Purpose {
            switch self {
            case .outreach, .nudge: .pipeline
            case .thankYou: .thankYou
            case .followUp: .followUp
            case .updateIntroducer: .updateIntroducer
            }
        }
    }

    /// What the draft templates see.
    struct View {
        var name: String
        var first_name: String
        var company: String?
        var title: String?
        /// Their role with its article, for "work like yours as …": "a product manager".
        var role: String?
        var introducer: String?
        var introducer_first: String?
        var met: String?
        var met_weekday: String?
        var met_month: String?
        var last_attempt: String?
        var referrals: String?
        var has_referrals: Bool
        /// The referrals you have since met (a held meeting): who a follow-up can say you spoke with.
        var met_referrals: String?
        var has_met_referrals: Bool
    }

    /// Why a note cannot give this kind of draft (what it lacks, and how to add it), or `nil`.
    public static func refusal(_ kind: Kind, note: Note, in notebook: Notebook) -> String? {
        guard let i = note.interview else { return "\(note.path) is not an interview note (it has no contact)" }
        let who = notebook.contactName(i) ?? note.baseName
        switch kind {
        case .outreach:
            return nil
        case .nudge:
            return i.attempts.isEmpty ? "no attempt to \(who) is recorded in \(note.path), so there is nothing to nudge about: start with \"lantern draft outreach\"" : nil
        case .thankYou, .followUp:
            return i.meeting == nil ? "\(note.path) records no meeting with \(who) (date:), so there is nothing to thank them for yet" : nil
        case .updateIntroducer:
            return i.introducedBy == nil ? "\(note.path) names nobody who introduced you to \(who) (introduced_by:), so there is nobody to update" : nil
        }
    }

    public static func render(_ kind: Kind, note: Note, in notebook: Notebook, templates: Templates) throws(Templates.Failure) -> String {
        let i = note.interview ?? Interview()
        let name = notebook.contactName(i) ?? note.baseName
        let first = { (n: String) in n.split(separator: " ").first.map(String.init) ?? n }
        let introducer = i.introducedBy.map { notebook.displayName(of: $0.value) ?? $0.value }
        let met = i.meetingDay
        let names = note.body.referrals.map { notebook.displayName(of: $0.name) ?? $0.name }
        let spokenWith = note.body.referrals.compactMap { referral -> String? in
            guard let person = notebook.person(named: referral.name),
                  person.interviews.contains(where: { notebook.interview(at: $0)?.isHeld(on: notebook.today) == true }) else { return nil }
            return person.name
        }
        let view = View(name: name, first_name: first(name), company: i.company?.value, title: i.title?.value,
                        role: i.title.map { article(lowerFirst($0.value)) }, introducer: introducer,
                        introducer_first: introducer.map(first), met: met?.long, met_weekday: met.map { Day.weekdayNames[$0.isoWeekday - 1] },
                        met_month: met.map { Day.monthNames[$0.parts.month - 1] }, last_attempt: i.attempts.map(\.day).max()?.long,
                        referrals: names.isEmpty ? nil : list(names), has_referrals: !names.isEmpty,
                        met_referrals: spokenWith.isEmpty ? nil : list(spokenWith), has_met_referrals: !spokenWith.isEmpty)
        return try templates.render("drafts/\(kind.rawValue).md", view)
    }

    /// A title as it reads inside a sentence: words lower-cased, acronyms kept
    /// ("Senior UX Researcher" → "senior UX researcher").
    static func lowerFirst(_ title: String) -> String {
        title.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let letters = word.filter(\.isLetter)
            return letters.count > 1 && letters.allSatisfy(\.isUppercase) ? String(word) : word.lowercased()
        }.joined(separator: " ")
    }

    /// "a product manager", "an associate product manager".
    static func article(_ role: String) -> String {
        let word = role.split(separator: " ").first.map(String.init) ?? role
        let vowel: Bool
        if word.count > 1, word.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            // An acronym is read letter by letter: "an SEO lead", "a UX researcher".
            vowel = word.first.map { "AEFHILMNORSX".contains($0) } ?? false
        } else {
            vowel = role.first.map { "aeiouAEIOU".contains($0) } ?? false
        }
        return (vowel ? "an " : "a ") + role
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
