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

    /// What the draft templates see. Its names are the templates' (`{{first_name}}`), so they
    /// keep the snake case users write in their own drafts.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    struct View {
        var name: String
        var first_name: String
        /// As written in the note: "Kahoot!", "eBay".
        var company: String?
        /// As written in the note: "Director of Product".
        var title: String?
        /// Their title with its article, for "work like yours as …": "a Director of Product", "an SVP".
        var role: String?
        var introducer: String?
        var introducer_first: String?
        /// The meeting day, written out: "Thursday 19 November 2026".
        var met: String?
        /// When the meeting was, as a sentence says it: "today", "on Thursday" (within the last
        /// week), else "on Thursday 19 November 2026".
        var met_when: String?
        /// The meeting day for a subject line: "today", "Thursday" (within the last week), else none.
        var met_day: String?
        var met_weekday: String?
        var met_month: String?
        var last_attempt: String?
        /// When the last attempt went out: "from earlier today", "from Thursday", else "from " + the date.
        var last_attempt_when: String?
        var referrals: String?
        var has_referrals: Bool
        /// The referrals you have since met (a held meeting): who a follow-up can say you spoke with.
        var met_referrals: String?
        var has_met_referrals: Bool
        /// You (`me:` in lantern.yml): your name, first name, pitch (a sentence, ending with its
        /// stop) and signature (your name when none is set). Absent, drafts keep "[Your name]".
        var me_name: String?
        var me_first_name: String?
        var pitch: String?
        var signature: String?
    }

    /// Why a note cannot give this kind of draft (what it lacks, and how to add it), or `nil`:
    /// one line, for every kind.
    public static func refusal(_ kind: Kind, note: Note, in notebook: Notebook) -> String? {
        guard let i = note.interview else { return "\(note.path) is not an interview note (it has no contact), so there is nobody to write to" }
        let who = notebook.contactName(i) ?? note.baseName
        let today = notebook.today
        let meeting = i.meetingDay
        func notYet(_ day: Day, _ what: String) -> String {
            "you meet \(who) on \(day) (\(note.path)), so it is too early for \(what): draft it after the meeting"
        }
        /// No meeting yet: once there was one, `lantern log … done` records it (today, or the day given).
        func noMeeting(_ what: String) -> String {
            "\(note.path) records no meeting with \(who) (date:), so there is \(what) yet: once you have met, record it with lantern log "
                + "\(notebook.ledger.query(.meetingHeld, forNoteAt: note.path, in: notebook)) done (add --date YYYY-MM-DD for a day before today)"
        }
        switch kind {
        case .outreach:
            return nil
        case .nudge:
            if i.attempts.isEmpty {
                return
                    "no attempt to \(who) is recorded in \(note.path) (attempts:), so there is nothing to nudge about: start with lantern draft outreach \(notebook.ledger.query(.pipeline, forNoteAt: note.path, in: notebook))"
            }
            if let replied = i.replied {
                return "\(who) replied on \(replied.value) (\(note.path):\(replied.line)), so there is no need to nudge"
            }
            if let set = i.meeting {
                return "a meeting with \(who) is recorded for \(set.value.day) (\(note.path):\(set.line)), so there is no need to nudge"
            }
            if let status = i.explicitStatus, status.value.isClosed {
                return "\(who) is \(status.value.rawValue) (\(note.path):\(status.line)), so there is nobody to nudge"
            }
            return nil
        case .thankYou, .followUp:
            guard let meeting else {
                return noMeeting(kind == .thankYou ? "nothing to thank them for" : "nothing to follow up on")
            }
            return meeting > today ? notYet(meeting, kind == .thankYou ? "a thank-you" : "a follow-up") : nil
        case .updateIntroducer:
            guard i.details.introducedBy != nil else {
                return
                    "\(note.path) names nobody who introduced you to \(who), so there is nobody to update: if someone did, add introduced_by: Their Name to its front matter"
            }
            guard let meeting else {
                return noMeeting("no news for your introducer")
            }
            return meeting > today ? notYet(meeting, "news for your introducer") : nil
        }
    }

    public static func render(_ kind: Kind, note: Note, in notebook: Notebook, templates: Templates) throws(Templates.Failure) -> String {
        let i = note.interview ?? Interview()
        let today = notebook.today
        let name = notebook.contactName(i) ?? note.baseName
        let first = { (n: String) in n.split(separator: " ").first.map(String.init) ?? n }
        let introducer = i.details.introducedBy.map { notebook.displayName(of: $0.value) ?? $0.value }
        let met = i.meetingDay
        let lastAttempt = i.attempts.map(\.day).max()
        let names = note.body.referrals.map { notebook.displayName(of: $0.name) ?? $0.name }
        let spokenWith = note.body.referrals.compactMap { referral -> String? in
            guard let person = notebook.person(named: referral.name),
                person.interviews.contains(where: { notebook.interview(at: $0)?.isHeld(on: notebook.today) == true })
            else { return nil }
            return person.name
        }
        let me = notebook.config.me
        let title = i.details.title?.value
        let view = View(
            name: name, first_name: first(name), company: i.details.company?.value, title: title,
            role: title.map(article), introducer: introducer, introducer_first: introducer.map(first),
            met: met?.long, met_when: met.map { Moment($0, today: today).phrase },
            met_day: met.flatMap { Moment($0, today: today).dayName },
            met_weekday: met.map { Day.weekdayNames[$0.isoWeekday - 1] },
            met_month: met.map { Day.monthNames[$0.parts.month - 1] }, last_attempt: lastAttempt?.long,
            last_attempt_when: lastAttempt.map { Moment($0, today: today).since },
            referrals: names.isEmpty ? nil : list(names), has_referrals: !names.isEmpty,
            met_referrals: spokenWith.isEmpty ? nil : list(spokenWith), has_met_referrals: !spokenWith.isEmpty,
            me_name: me.name, me_first_name: me.name.map(first), pitch: me.pitch.map(sentence),
            signature: me.signature ?? me.name)
        return try templates.render("drafts/\(kind.rawValue).md", view)
    }

    /// A day as an email says it, seen from `today`: the same day, a day of the last week (by
    /// its name), or further (by its date).
    enum Moment {
        case today
        case recent(weekday: String)
        case dated(String)

        init(_ day: Day, today: Day) {
            let ago = today.days(since: day)
            if ago == 0 {
                self = .today
            } else if (1...6).contains(ago) {
                self = .recent(weekday: Day.weekdayNames[day.isoWeekday - 1])
            } else {
                self = .dated(day.long)
            }
        }

        /// "today", "on Thursday", "on Thursday 19 November 2026".
        var phrase: String {
            switch self {
            case .today: "today"
            case .recent(let weekday): "on " + weekday
            case .dated(let date): "on " + date
            }
        }

        /// "today", "Thursday", or nothing for an older day (a subject line then says something else).
        var dayName: String? {
            switch self {
            case .today: "today"
            case .recent(let weekday): weekday
            case .dated: nil
            }
        }

        /// "from earlier today", "from Thursday", "from Thursday 12 November 2026".
        var since: String {
            switch self {
            case .today: "from earlier today"
            case .recent(let weekday): "from " + weekday
            case .dated(let date): "from " + date
            }
        }
    }

    /// A title with its article, as written ("a Director of Product", "an Associate Product
    /// Manager"); a title that starts with an acronym takes the article of how it is spoken
    /// ("an SVP", "a VP of Product", "a UX Researcher").
    static func article(_ title: String) -> String {
        let firstWord = title.split(separator: " ").first.map(String.init) ?? title
        let letters = firstWord.filter(\.isLetter)
        let spoken: Bool
        if letters.count > 1, letters.allSatisfy(\.isUppercase), let initial = letters.first {
            spoken = "AEFHILMNORSX".contains(initial)  // "ay", "ee", "ef", "aitch", "el", "em", "en", "oh", "ar", "es", "ex"
        } else {
            spoken = title.first.map { "aeiouAEIOU".contains($0) } ?? false
        }
        return (spoken ? "an " : "a ") + title
    }

    /// A pitch as a sentence: it ends with its stop.
    static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?…".contains(last) else { return text }
        return text + "."
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
