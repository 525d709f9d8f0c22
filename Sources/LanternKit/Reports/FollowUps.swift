/// What to do next: one item per action the notebook calls for (reports.md, "followups").
public struct FollowUpItem: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Encodable {
        case thankYou = "thank-you", nudge, drop
        case reachOut = "reach-out"
        case referral, prep, meeting
        case followUp = "follow-up"
        case updateIntroducer = "update-introducer"
        case action
    }

    public var kind: Kind
    /// The day it is due; `nil` for "someday".
    public var due: Day?
    /// The meeting's time, for `meeting` items that have one.
    public var time: String?
    /// The person it concerns (the display name).
    public var contact: String
    public var path: String
    public var line: Int
    public var text: String
    /// What tells this item apart from others of its kind in the same note (a task's text, a
    /// referral's name): with path and kind it makes the calendar UID, stable across runs.
    /// Without one given, it is `Identity.key(text)`, worked out when asked for: only the
    /// calendar and the merging of a note's tasks need it.
    public var key: String {
        get { givenKey ?? Identity.key(text) }
        set { givenKey = newValue }
    }
    private var givenKey: String?

    public init(kind: Kind, due: Day?, time: String? = nil, contact: String, path: String, line: Int, text: String, key: String? = nil) {
        self.kind = kind
        self.due = due
        self.time = time
        self.contact = contact
        self.path = path
        self.line = line
        self.text = text
        givenKey = key
    }

    public func isOverdue(on today: Day) -> Bool { due.map { $0 < today } ?? false }
}

/// The groups of the follow-up list, in the order they are shown.
public enum FollowUpGroup: String, Sendable, CaseIterable {
    case overdue = "Overdue", today = "Today", thisWeek = "This week", later = "Later", someday = "Someday"

    public init(due: Day?, today: Day) {
        guard let due else { self = .someday; return }
        if due < today { self = .overdue }
        else if due == today { self = .today }
        else if due <= today.adding(days: 7) { self = .thisWeek }
        else { self = .later }
    }
}

/// Which items to keep: `--within`, `--kind`, `--person`.
public struct FollowUpFilter: Sendable {
    /// Keep dated items due no later than today + `within` (overdue ones included).
    public var within: Int?
    /// Keep these kinds only (all when empty).
    public var kinds: Set<FollowUpItem.Kind> = []
    /// Keep the items about these people (identity keys; all when `nil`).
    public var people: Set<String>?

    public init(within: Int? = nil, kinds: Set<FollowUpItem.Kind> = [], people: Set<String>? = nil) {
        self.within = within
        self.kinds = kinds
        self.people = people
    }

    func keeps(_ item: FollowUpItem, today: Day) -> Bool {
        if let within {
            guard let due = item.due, due <= today.adding(days: within) else { return false }
        }
        if !kinds.isEmpty, !kinds.contains(item.kind) { return false }
        if let people, !people.contains(Identity.key(item.contact)) { return false }
        return true
    }

    /// The people `--person NAME` means: everyone whose name or alias is `name`, or whose name
    /// starts with it word by word ("jane" → Jane Doe), case- and accent-insensitive.
    public static func people(matching query: String, in notebook: Notebook) -> Set<String> {
        let key = Identity.key(query)
        guard !key.isEmpty else { return [] }
        let words = key.split(separator: " ")
        var found: Set<String> = []
        for person in notebook.people {
            for name in [person.name] + person.aliases {
                let k = Identity.key(name)
                let parts = k.split(separator: " ")
                if k == key || (parts.count >= words.count && zip(parts, words).allSatisfy { $0.hasPrefix($1) }) {
                    found.insert(Identity.key(person.name))
                }
            }
        }
        return found
    }
}

/// Builds the follow-up list of a notebook.
public enum FollowUps {
    /// Every item, sorted by due day (undated last), then path, then line.
    public static func items(in notebook: Notebook, filter: FollowUpFilter = FollowUpFilter(), context: LintContext? = nil) -> [FollowUpItem] {
        let out = unsortedItems(in: notebook, filter: filter, context: context)
        // Sorted by index, with the note's place in path order standing for its path: the items
        // themselves are moved once, not at every step of the sort.
        let rank = out.map { notebook.index(of: $0.path) ?? Int.max }
        let order = out.indices.sorted { precedes(out[$0], rank[$0], out[$1], rank[$1]) }
        return order.map { out[$0] }
    }

    /// Every item, note by note in path order, then the referrals: `items(in:filter:context:)`
    /// before sorting, for a caller that only wants the first of some.
    static func unsortedItems(in notebook: Notebook, filter: FollowUpFilter = FollowUpFilter(), context: LintContext? = nil) -> [FollowUpItem] {
        let context = context ?? LintContext(notebook: notebook)
        // Each note's items depend on that note and the shared context only: on every core.
        let notes = notebook.notes
        let today = notebook.today
        let perNote = concurrentMap(notes.count) { index in
            var items = items(of: notes[index], in: context)
            items.removeAll { !filter.keeps($0, today: today) }  // in place: the kept items are not copied
            return items
        }
        var out: [FollowUpItem] = []
        out.reserveCapacity(perNote.reduce(0) { $0 + $1.count })
        for items in perNote { out += items }
        out += referralItems(in: context).filter { filter.keeps($0, today: today) }
        return out
    }

    /// The list's order: due day (undated last), the note's place in path order (`rank`), path,
    /// line, kind and text.
    static func precedes(_ a: FollowUpItem, _ rankA: Int, _ b: FollowUpItem, _ rankB: Int) -> Bool {
        let dueA = a.due?.ordinal ?? Int.max, dueB = b.due?.ordinal ?? Int.max
        if dueA != dueB { return dueA < dueB }
        if rankA != rankB { return rankA < rankB }
        if a.path != b.path { return a.path < b.path }
        if a.line != b.line { return a.line < b.line }
        return (a.kind.rawValue, a.text) < (b.kind.rawValue, b.text)
    }

    /// The items one interview note calls for.
    static func items(of note: Note, in context: LintContext) -> [FollowUpItem] {
        guard let i = note.interview else { return [] }
        let today = context.today
        let config = context.config
        let who = context.name(i)
        var out: [FollowUpItem] = []
        func add(_ kind: FollowUpItem.Kind, _ due: Day?, _ line: Int, _ text: String, key: String? = "", time: String? = nil,
                 contact: String? = nil) {
            out.append(FollowUpItem(kind: kind, due: due, time: time, contact: contact ?? who, path: note.path, line: line,
                                    text: text, key: key))
        }

        // The user's own open tasks are listed whatever the note's status.
        // A thank-you task left open after the thank-you was recorded (say, by `lantern log`) is done.
        for task in note.body.tasks where task.isOpen {
            if i.thankYou != nil && Identity.key(task.text).containsBytes("thank") { continue }
            add(.action, task.due ?? task.scheduled, task.location.line, task.text, key: nil, time: task.due == nil ? nil : task.dueTime)
        }

        let status = i.status(on: today)
        // Practice interviews, and conversations that ended, call for nothing more.
        guard !i.isPractice, status != .declined, status != .dropped else { return merged(out) }
        let contactLine = i.contact?.line ?? 1

        switch status {
        case .prospect, .contacted:
            let attempts = i.attemptsInReplyWindow.sorted { $0.day < $1.day }
            if i.replied != nil {
                break  // They answered: setting up the meeting is the next step, not a nudge.
            } else if let last = attempts.last {
                let due = last.day.adding(businessDays: config.nudgeAfter)
                if attempts.count >= config.maxAttempts {
                    add(.drop, due, last.location.line, "Take \(who) off your list (\(attempts.count) attempts, no reply)")
                } else {
                    add(.nudge, due, last.location.line, "Nudge \(who) (attempt \(attempts.count + 1) of \(config.maxAttempts))")
                }
            } else if status == .prospect {
                add(.reachOut, nil, contactLine, "Reach out to \(who)" + (i.company.map { " at \($0.value)" } ?? ""))
            }
        case .scheduled:
            guard let meeting = i.meeting else { break }
            let day = meeting.value.day
            if PrepResearchMissing.inWindow(i, context) != nil {
                var missing: [String] = []
                if !note.body.hasResearch { missing.append("research") }
                let have = note.body.questions.count
                if have < config.minQuestions { missing.append("questions (\(have) of \(config.minQuestions))") }
                if !missing.isEmpty {
                    add(.prep, day, meeting.line, "Prepare for \(who) on \(day): write down " + missing.joined(separator: " and "))
                }
            }
            if day >= today, day <= today.adding(days: 7) {
                var text = "Meet \(who) on \(day)" + (meeting.value.time.map { " at \($0)" } ?? "")
                if let medium = i.medium?.value { text += " (\(medium.rawValue))" }
                add(.meeting, day, meeting.line, text, time: meeting.value.time)
            }
        case .done:
            guard let met = i.meetingDay, let meeting = i.meeting else { break }
            if let thanks = i.thankYou {
                if !FollowUpOverdue.superseded(note, in: context), let (due, at) = FollowUpOverdue.due(i, in: context) {
                    let why = i.nextFollowUp != nil ? "as set in next_follow_up"
                        : "last in touch \(i.lastInteraction(on: today) ?? thanks.day)"
                    add(.followUp, due, at.line, "Follow up with \(who) (\(why))")
                }
            } else {
                add(.thankYou, met.adding(days: config.thankYouWithin), meeting.line, "Send a thank-you note to \(who) (met \(met))")
            }
            if let (introducer, met, at) = IntroducerNotUpdated.pending(note, in: context) {
                add(.updateIntroducer, met.adding(days: 7), at.line, "Tell \(introducer.name) how it went with \(who) (met \(met))",
                    key: Identity.key(introducer.name), contact: introducer.name)
            }
        case .declined, .dropped:
            break
        }
        return merged(out)
    }

    /// One item per action: when an open task of the note is the same action as a computed item
    /// (a thank-you, a follow-up, telling the introducer), they become one item of the computed
    /// kind, with the task's own words, line and due day if it has one.
    static func merged(_ given: [FollowUpItem]) -> [FollowUpItem] {
        guard given.contains(where: { $0.kind == .action }) else { return given }
        // Each task's text is keyed once, and only if an item it could stand for asks.
        var keys = [String?](repeating: nil, count: given.count)
        func same(_ t: Int, _ item: FollowUpItem, introducer: String) -> Bool {
            guard [.thankYou, .followUp, .updateIntroducer].contains(item.kind) else { return false }
            if keys[t] == nil { keys[t] = given[t].key }
            let text = keys[t]!
            switch item.kind {
            case .thankYou: return text.containsBytes("thank")
            case .followUp: return Task.followUpWords.contains { text.containsBytes($0) }
            case .updateIntroducer:
                return !introducer.isEmpty && text.split(whereSeparator: { !$0.isLetter }).contains { $0 == introducer }
            default: return false
            }
        }
        var items = given
        var drop = Set<Int>()
        for c in items.indices where items[c].kind != .action {
            let introducer = items[c].kind != .updateIntroducer ? ""
                : Identity.key(items[c].contact).split(separator: " ").first.map(String.init) ?? ""
            for (t, task) in items.enumerated() where task.kind == .action && !drop.contains(t) && same(t, items[c], introducer: introducer) {
                if let due = task.due {
                    items[c].due = due
                    items[c].text = task.text
                    items[c].line = task.line
                }
                drop.insert(t)
                break
            }
        }
        return items.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// One `referral` item per person given as a referral who has no interview note yet, at the
    /// first place they were given, due a week after that meeting.
    static func referralItems(in context: LintContext) -> [FollowUpItem] {
        context.notebook.people.compactMap { person in
            guard person.interviews.isEmpty else { return nil }
            let sources = person.referredIn.filter { source in
                guard let i = context.notebook.interview(at: source.path) else { return false }
                return !i.isPractice
            }
            guard let first = sources.min(by: { ($0.day?.ordinal ?? Int.max, $0.path, $0.line) < ($1.day?.ordinal ?? Int.max, $1.path, $1.line) })
            else { return nil }
            let due = first.day.map { $0.adding(days: 7) }
            return FollowUpItem(kind: .referral, due: due, time: nil, contact: person.name, path: first.path, line: first.line,
                                text: "Reach out to \(person.name), referred by \(first.by)" + (first.day.map { " on \($0)" } ?? ""),
                                key: person.id)
        }
    }
}
