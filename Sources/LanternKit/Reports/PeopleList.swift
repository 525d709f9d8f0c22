/// `lantern list`: the notebook as a tracker. One row per person — where they stand, when you
/// were last in touch, what is next and by when — or, with `notes`, one row per interview note;
/// filtered, sorted and cut to a length.
///
/// Every fact that says where someone stands comes from the ledger: a person's status, current
/// note, first and last contact from their standing; the next action and its due day from the
/// first item that concerns them in the follow-up list's order (`FollowUps.concerning`). Nothing
/// here computes a deadline.
public struct PeopleList: Sendable {
    public var today: Day
    /// Whether each row is a note (`--notes`) rather than a person.
    public var perNote: Bool
    public var rows: [Row]

    /// One person, or one interview note, as a tracker's row.
    public struct Row: Sendable, Encodable {
        public var name: String
        public var company: String?
        public var title: String?
        /// The status of their current note (of this note, per note); `nil` with no interview note.
        public var status: Status?
        public var email: String?
        public var phone: String?
        public var introducedBy: String?
        public var firstContact: Day?
        public var lastContact: Day?
        /// Attempts recorded in the current note (this note, per note).
        public var attempts: Int
        public var replied: Day?
        /// The meeting as written (`2026-11-19 15:00`).
        public var meeting: String?
        public var thankYou: Day?
        /// What to do next: the first item of the follow-up list that concerns them.
        public var nextAction: String?
        public var nextKind: Obligation.Kind?
        /// `nil` with no next action, or an undated one.
        public var nextDue: Day?
        public var overdue: Bool
        /// How many interview notes the person has.
        public var notesCount: Int
        /// The current note (this note, per note); a person card when there is no interview note.
        public var path: String?
        public var tags: [String]
        /// Why a declined or dropped conversation ended, when the note says (`reason:`).
        public var reason: String?
        /// A practice interview (per person: every one of their notes is).
        public var practice: Bool
        /// The identity key of the person, for matching filters (not shown).
        var personID: String

        enum CodingKeys: String, CodingKey {
            case name, company, title, status, email, phone, introducedBy, firstContact, lastContact, attempts, replied,
                meeting, thankYou, nextAction, nextKind, nextDue, overdue, notesCount, path, tags, reason, practice
        }

        public func encode(to encoder: Encoder) throws {
            // Every key, null when empty: a script reads the same shape for every row.
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(company, forKey: .company)
            try c.encode(title, forKey: .title)
            try c.encode(status, forKey: .status)
            try c.encode(email, forKey: .email)
            try c.encode(phone, forKey: .phone)
            try c.encode(introducedBy, forKey: .introducedBy)
            try c.encode(firstContact, forKey: .firstContact)
            try c.encode(lastContact, forKey: .lastContact)
            try c.encode(attempts, forKey: .attempts)
            try c.encode(replied, forKey: .replied)
            try c.encode(meeting, forKey: .meeting)
            try c.encode(thankYou, forKey: .thankYou)
            try c.encode(nextAction, forKey: .nextAction)
            try c.encode(nextKind, forKey: .nextKind)
            try c.encode(nextDue, forKey: .nextDue)
            try c.encode(overdue, forKey: .overdue)
            try c.encode(notesCount, forKey: .notesCount)
            try c.encode(path, forKey: .path)
            try c.encode(tags, forKey: .tags)
            try c.encode(reason, forKey: .reason)
            try c.encode(practice, forKey: .practice)
        }
    }
}

// MARK: - The question

/// What `lantern list` is asked: filters (all of them must hold), an order and a length.
public struct ListQuery: Sendable {
    /// Keep these statuses (any of them; all when empty).
    public var statuses: Set<Status> = []
    /// Keep people whose company matches (see `PeopleList.companyMatches`).
    public var company: String?
    /// Keep people with this tag (or a nested tag under it: `edtech` keeps `edtech/k12`).
    public var tag: String?
    /// Keep people introduced by one of these people (ids, as `PersonLookup` finds them).
    public var introducedBy: Set<String>?
    /// Keep people met (a meeting held) on or after this day.
    public var metSince: Day?
    /// Keep people last in touch before this day (never in touch: left out).
    public var lastContactBefore: Day?
    /// Keep people owed an item of one of these kinds (all when empty).
    public var owes: Set<Obligation.Kind> = []
    /// Practice interviews: kept, left out, or the only ones kept.
    public var practice: Practice = .include
    public var sort: Sort = .nextDue
    public var limit: Int?
    /// One row per interview note instead of per person.
    public var perNote = false

    public enum Practice: Sendable { case include, exclude, only }

    /// `--sort`: every order ends with the name, then the path, so ties are always broken the same way.
    public enum Sort: String, Sendable, CaseIterable {
        /// Soonest due first; no next action, or an undated one, last.
        case nextDue = "next-due"
        case name, company
        /// In pipeline order (prospect … dropped); no status last.
        case status
        /// Longest out of touch first; never in touch last.
        case lastContact = "last-contact"
    }

    public init() {}

    /// A day as the filters take it: `YYYY-MM-DD`, or a span back from today: `60d`, `8w`.
    public static func day(_ text: String, today: Day) -> Day? {
        let t = text.trimmingBlanks().lowercased()
        if let day = Day(iso: t) { return day }
        guard let unit = t.last, unit == "d" || unit == "w", let count = Int(t.dropLast()), count >= 0, count <= 100_000 else { return nil }
        return today.adding(days: -(unit == "w" ? count * 7 : count))
    }

    /// What `day(_:today:)` accepts, for messages.
    public static let dayForms = "YYYY-MM-DD, or a span back from today like 60d or 8w"
}

// MARK: - Building

extension PeopleList {
    /// The rows `query` asks for, in its order.
    public init(notebook: Notebook, query: ListQuery) {
        today = notebook.today
        perNote = query.perNote
        let concerning = FollowUps.concerning(in: notebook)
        var rows: [Row]
        if query.perNote {
            rows = PeopleList.noteRows(notebook, concerning: concerning, owes: query.owes)
                .filter { PeopleList.keeps($0.row, query, notebook, owed: $0.owed, met: $0.met) }.map(\.row)
        } else {
            rows = notebook.people.indices.compactMap { index in
                let person = notebook.people[index]
                let items = concerning[person.id] ?? []
                let owed = items.filter { $0.personID == person.id }
                let row = PeopleList.row(person, notebook, next: PeopleList.next(items, owed: owed, asked: query.owes))
                let met = query.metSince == nil ? nil : PeopleList.lastMet(person, notebook)
                return PeopleList.keeps(row, query, notebook, owed: owed.map(\.kind), met: met) ? row : nil
            }
        }
        rows.sort { PeopleList.precedes($0, $1, by: query.sort) }
        if let limit = query.limit { rows = Array(rows.prefix(limit)) }
        self.rows = rows
    }

    /// The next action a row shows: the first item that concerns them; when the question is
    /// what is owed to them (`--owes`), the first item owed of the kinds asked.
    static func next(_ items: [Obligation], owed: [Obligation], asked: Set<Obligation.Kind>) -> Obligation? {
        asked.isEmpty ? items.first : owed.first { asked.contains($0.kind) }
    }

    /// A person's row: where they stand from the ledger, the rest from their current note.
    static func row(_ person: Person, _ notebook: Notebook, next: Obligation?) -> Row {
        let standing = notebook.ledger.standing(ofPersonWithID: person.id)
        let current = standing?.currentNote.flatMap(notebook.interview(at:))
        return Row(
            name: person.name, company: person.company, title: person.title, status: standing?.status,
            email: person.emails.first, phone: person.phones.first, introducedBy: person.introducedBy,
            firstContact: standing?.firstContact, lastContact: standing?.lastContact,
            attempts: current?.attempts.count ?? 0, replied: current?.replied?.value,
            meeting: current?.meeting?.value.description, thankYou: current?.thankYou?.day,
            nextAction: next?.text, nextKind: next?.kind, nextDue: next?.due,
            overdue: next?.isOverdue(on: notebook.today) ?? false, notesCount: person.interviews.count,
            path: standing?.currentNote ?? person.card, tags: Array(person.tags),
            reason: current.flatMap { $0.status(on: notebook.today).isClosed ? $0.reason?.value : nil },
            practice: notebook.isPracticeOnly(person), personID: person.id)
    }

    /// One row per interview note, with the kinds of what the note owes its contact and the day
    /// its meeting took place.
    static func noteRows(_ notebook: Notebook, concerning: [String: [Obligation]], owes: Set<Obligation.Kind>)
        -> [(row: Row, owed: [Obligation.Kind], met: Day?)]
    {
        let today = notebook.today
        let notes = notebook.notes
        return notes.indices.compactMap { n in
            guard let i = notes[n].interview else { return nil }
            let path = notes[n].path
            let person = notebook.person(of: i)
            let id = person?.id ?? i.contact.map { notebook.identityKey($0.value) } ?? ""
            // The note's own items, in the list's order: what concerns the person, carried here.
            let mine = (concerning[id] ?? []).filter { $0.path == path }
            let owed = mine.filter { $0.personID == id }
            let next = PeopleList.next(mine, owed: owed, asked: owes)
            let status = i.status(on: today)
            let row = Row(
                name: notebook.contactName(i) ?? notes[n].baseName, company: i.details.company?.value, title: i.details.title?.value,
                status: status, email: i.details.email?.value, phone: i.details.phone?.value,
                introducedBy: i.details.introducedBy.map { notebook.displayName(of: $0.value) ?? $0.value },
                firstContact: i.firstContact(on: today), lastContact: i.lastContact(on: today),
                attempts: i.attempts.count, replied: i.replied?.value, meeting: i.meeting?.value.description,
                thankYou: i.thankYou?.day, nextAction: next?.text, nextKind: next?.kind, nextDue: next?.due,
                overdue: next?.isOverdue(on: today) ?? false, notesCount: person?.interviews.count ?? 1, path: path,
                tags: i.details.tags, reason: status.isClosed ? i.reason?.value : nil, practice: i.isPractice, personID: id)
            return (row, owed.map(\.kind), status == .done ? i.meetingDay : nil)
        }
    }

    /// The day of the person's latest meeting that took place (practice ones too).
    static func lastMet(_ person: Person, _ notebook: Notebook) -> Day? {
        person.interviews.compactMap { path -> Day? in
            guard let i = notebook.interview(at: path), i.status(on: notebook.today) == .done else { return nil }
            return i.meetingDay
        }.max()
    }

    /// Whether a row passes every filter of the query. `owed`: the kinds of what is owed to the
    /// person (per note: what the note owes them); `met`: the day they were last met (per note:
    /// the day of the note's meeting, once it took place).
    static func keeps(_ row: Row, _ query: ListQuery, _ notebook: Notebook, owed: [Obligation.Kind], met: Day?) -> Bool {
        if !query.statuses.isEmpty, !(row.status.map(query.statuses.contains) ?? false) { return false }
        if let company = query.company, !(row.company.map { companyMatches($0, company) } ?? false) { return false }
        if let tag = query.tag, !row.tags.contains(where: { tagMatches($0, tag) }) { return false }
        if let by = query.introducedBy {
            guard let name = row.introducedBy, let id = notebook.personID(named: name), by.contains(id) else { return false }
        }
        if let since = query.metSince {
            guard let met, met >= since else { return false }
        }
        if let before = query.lastContactBefore {
            guard let last = row.lastContact, last < before else { return false }
        }
        if !query.owes.isEmpty, !owed.contains(where: query.owes.contains) { return false }
        switch query.practice {
        case .include: break
        case .exclude: if row.practice { return false }
        case .only: if !row.practice { return false }
        }
        return true
    }

    /// Whether a company matches what was typed: without case or accents, from the start of any
    /// word (`lumen` and `learning labs` find Lumen Learning Labs; `umen` does not).
    public static func companyMatches(_ company: String, _ query: String) -> Bool {
        let key = Identity.key(company), wanted = Identity.key(query)
        guard !wanted.isEmpty else { return false }
        var from = key.startIndex
        while let found = key.range(of: wanted, range: from..<key.endIndex) {
            if found.lowerBound == key.startIndex || !key[key.index(before: found.lowerBound)].isLetter && !key[key.index(before: found.lowerBound)].isNumber {
                return true
            }
            from = key.index(after: found.lowerBound)
        }
        return false
    }

    /// Whether a tag is the one typed (without case, accents or a leading `#`), or nested under it.
    public static func tagMatches(_ tag: String, _ query: String) -> Bool {
        func plain(_ t: String) -> String { Identity.key(t.hasPrefix("#") ? String(t.dropFirst()) : t) }
        let have = plain(tag), wanted = plain(query)
        return !wanted.isEmpty && (have == wanted || have.hasPrefix(wanted + "/"))
    }

    /// The order of `sort`, then the name, then the path.
    static func precedes(_ a: Row, _ b: Row, by sort: ListQuery.Sort) -> Bool {
        func later<T: Comparable>(_ x: T?, _ y: T?) -> Bool? {
            switch (x, y) {
            case (let x?, let y?): return x == y ? nil : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return nil
            }
        }
        let decided: Bool?
        switch sort {
        case .nextDue:
            // Dated items first, then undated ones, then no next action at all.
            let rank = { (r: Row) in r.nextDue != nil ? 0 : r.nextAction != nil ? 1 : 2 }
            decided = rank(a) != rank(b) ? rank(a) < rank(b) : later(a.nextDue, b.nextDue)
        case .name: decided = nil
        case .company: decided = later(a.company.map(Identity.key), b.company.map(Identity.key))
        case .status: decided = later(a.status, b.status)
        case .lastContact: decided = later(a.lastContact, b.lastContact)
        }
        if let decided { return decided }
        let (nameA, nameB) = (Identity.key(a.name), Identity.key(b.name))
        if nameA != nameB { return nameA < nameB }
        return (a.path ?? "", a.personID) < (b.path ?? "", b.personID)
    }
}
