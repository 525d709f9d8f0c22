/// The groups of the follow-up list, in the order they are shown.
public enum FollowUpGroup: String, Sendable, CaseIterable {
    case overdue = "Overdue", today = "Today", thisWeek = "This week", later = "Later", someday = "Someday"

    public init(due: Day?, today: Day) {
        guard let due else { self = .someday; return }
        if due < today {
            self = .overdue
        } else if due == today {
            self = .today
        } else if due <= today.adding(days: 7) {
            self = .thisWeek
        } else {
            self = .later
        }
    }
}

/// Which items to keep: `--within`, `--kind`, `--person`.
public struct FollowUpFilter: Sendable {
    /// Keep dated items due no later than today + `within` (overdue ones included).
    public var within: Int?
    /// Keep these kinds only (all when empty).
    public var kinds: Set<Obligation.Kind> = []
    /// Keep the items about these people (identity keys; all when `nil`).
    public var people: Set<String>?

    public init(within: Int? = nil, kinds: Set<Obligation.Kind> = [], people: Set<String>? = nil, everyMeeting: Bool = false) {
        self.within = within
        self.kinds = kinds
        self.people = people
        self.everyMeeting = everyMeeting
    }

    /// Whether an item of this kind and due day, about `contact`, is kept (the contact is read
    /// only with `--person`).
    func keeps(_ kind: Obligation.Kind, due: Day?, contact: @autoclosure () -> String, today: Day) -> Bool {
        if kind == .meeting, !everyMeeting, let due, due > today.adding(days: Practice.meetingHorizon) { return false }
        if let within {
            guard let due, due <= today.adding(days: within) else { return false }
        }
        if !kinds.isEmpty, !kinds.contains(kind) { return false }
        if let people, !people.contains(Identity.key(contact())) { return false }
        return true
    }

    /// Whether meetings beyond the list's horizon (a week) are kept: the calendar keeps every
    /// meeting ahead, at any distance.
    public var everyMeeting = false

    /// The people `--person NAME` means, found as every command finds people (`PersonLookup`).
    public static func people(matching query: String, in notebook: Notebook) -> Set<String> {
        Set(notebook.lookup.people(matching: query).map { Identity.key(notebook.people[$0].name) })
    }
}

/// The follow-up list of a notebook: the ledger's obligations, filtered and in order.
public enum FollowUps {
    /// Notes whose errors may hide what they call for: a file that cannot be read, front matter
    /// that is not YAML, or an interview's unreadable date or value (a meeting whose date is
    /// mistyped is no meeting to the ledger). The list names them so that "nothing to do" is
    /// never said over a note Lantern could not read.
    public static func notesWithErrors(in notebook: Notebook) -> [String] {
        let hiding = [FileUnreadable.id, FrontMatterInvalid.id, DateInvalid.id, ValueInvalid.id]
        let notes = notebook.notes
        // On every core: a pass over every note, each read in place.
        return concurrentMap(notes.count) { n -> String? in
            let problems = notes[n].problems
            guard problems.contains(where: { hiding.contains($0.rule) }),
                notes[n].kind == .interview || notes[n].hasFrontMatter || problems.contains(where: { $0.rule == FileUnreadable.id })
            else { return nil }
            return notes[n].path
        }
    }

    /// Every item, sorted by due day (undated last), then path, then line.
    public static func items(in notebook: Notebook, filter: FollowUpFilter = FollowUpFilter()) -> [Obligation] {
        notebook.ledger.obligations(at: places(in: notebook, filter: filter))
    }

    /// Where every item stands in the ledger, in the list's order (`items(in:filter:)`): a report
    /// that shows a few fields of each reads them there (`Ledger.reading`) instead of copying
    /// every item.
    public static func places(in notebook: Notebook, filter: FollowUpFilter = FollowUpFilter()) -> [Ledger.Place] {
        let today = notebook.today
        let ledger = notebook.ledger
        // Sorted as keys of whole numbers (due day, the note's place in path order standing for
        // its path, line), read from each item's head where it stands; the items themselves are
        // looked at only where two keys are equal.
        var keys = [SortKey]()
        ledger.forEachHead { head in
            guard filter.keeps(head.kind, due: head.due, contact: ledger.reading(head.place) { $0.pointee.contact }, today: today) else { return }
            // A note's items carry its path; a referral's is looked up.
            let rank = head.place.note ?? ledger.reading(head.place) { notebook.index(of: $0.pointee.path) } ?? Int.max
            keys.append(SortKey(due: head.due?.ordinal ?? Int.max, rank: rank, line: head.line, place: head.place))
        }
        // Counted out by due day first (stable, linear: the days span a few years), so that the
        // sort finds the keys nearly in order — each day's items in the ledger's note order — and
        // merges runs instead of sorting 100,000 items from scratch. The order is the same: keys
        // that compare equal keep the ledger's order either way.
        keys = countedOutByDue(keys)
        keys.sort { a, b in
            if a.due != b.due { return a.due < b.due }
            if a.rank != b.rank { return a.rank < b.rank }
            // The same note (one path), unless neither is in the notebook.
            if a.rank != Int.max, a.line != b.line { return a.line < b.line }
            return precedes(ledger[a.place], a.rank, ledger[b.place], b.rank)
        }
        return keys.map(\.place)
    }

    /// `keys` in order of due day (undated last), each day's in their given order; as given when
    /// the days span far more days than there are keys (a due day in the year 9999).
    private static func countedOutByDue(_ keys: [SortKey]) -> [SortKey] {
        let dated = keys.lazy.filter { $0.due != Int.max }
        guard let low = dated.map(\.due).min(), let high = dated.map(\.due).max(), high - low <= 4 * keys.count + 1000 else {
            return keys
        }
        // Slot `due - low` for each day, the last slot for undated keys.
        let slot = { (key: SortKey) in key.due == Int.max ? high - low + 1 : key.due - low }
        var starts = [Int](repeating: 0, count: high - low + 3)
        for key in keys { starts[slot(key) + 1] += 1 }
        for d in 1..<starts.count { starts[d] += starts[d - 1] }
        return [SortKey](unsafeUninitializedCapacity: keys.count) { out, count in
            for key in keys {
                (out.baseAddress! + starts[slot(key)]).initialize(to: key)
                starts[slot(key)] += 1
            }
            count = keys.count
        }
    }

    /// Where an item stands in the list, as whole numbers (`items(in:filter:)`).
    private struct SortKey {
        var due: Int
        var rank: Int
        var line: Int
        var place: Ledger.Place
    }

    /// What concerns each person (by id), in the list's order: what is owed to them, and what
    /// their own conversations call for (telling whoever introduced you how it went), except a
    /// referral they gave, which concerns the person referred. `lantern person` shows a person's
    /// items; `lantern list` takes the first as their next action. Every meeting ahead is kept.
    public static func concerning(in notebook: Notebook) -> [String: [Obligation]] {
        var out: [String: [Obligation]] = [:]
        for item in items(in: notebook, filter: FollowUpFilter(everyMeeting: true)) {
            let owedTo = item.personID
            let carrier = item.kind == .referral ? nil : notebook.interview(at: item.path)?.contact.flatMap { notebook.personID(named: $0.value) }
            if let owedTo { out[owedTo, default: []].append(item) }
            if let carrier, carrier != owedTo { out[carrier, default: []].append(item) }
        }
        return out
    }

    /// The list's order: due day (undated last), the note's place in path order (`rank`), path,
    /// line, kind and text.
    static func precedes(_ a: Obligation, _ rankA: Int, _ b: Obligation, _ rankB: Int) -> Bool {
        let dueA = a.due?.ordinal ?? Int.max, dueB = b.due?.ordinal ?? Int.max
        if dueA != dueB { return dueA < dueB }
        if rankA != rankB { return rankA < rankB }
        if a.path != b.path { return a.path < b.path }
        if a.line != b.line { return a.line < b.line }
        return (a.kind.rawValue, a.text) < (b.kind.rawValue, b.text)
    }
}
