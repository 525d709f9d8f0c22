/// What is owed, to whom, by when: worked out once per run from the notebook.
///
/// Per person, the ledger knows their **current note** (the latest by meeting day, else by last
/// attempt, else by path) and its **status**, the last day you were in touch with them in any of
/// their notes, which note carries their next follow-up, and which note each `lantern log` event
/// goes to. Per note, it holds the obligations the note carries — thank-you, nudge, drop,
/// reach-out, prep, meeting, confirm-meeting, follow-up, update-introducer and the user's own
/// open tasks — each with its due day, the line that carries it, why it exists and what clears
/// it. Referrals without a note of their own are owed a first message.
///
/// Lint rules that judge obligations, `followups` (every format), the weekly page, the index,
/// `draft`, `person` and the calendar read it; none of them computes a deadline of its own (the
/// arithmetic is `Practice`'s).
public struct Ledger: Sendable {
    public let practice: Practice
    /// Per note, aligned with `Notebook.notes`: the obligations it carries, in the order they
    /// are made (the list sorts them).
    var perNote: [[Obligation]]
    /// One `referral` obligation per person given as a referral who has no interview note yet.
    public internal(set) var referrals: [Obligation]
    /// Per person id.
    var standings: [String: Standing]
    /// Per person id: what their notes' obligations need to know about them.
    var facts: [String: PersonFacts]

    /// Where a person stands.
    public struct Standing: Sendable {
        /// The note that says where they stand: the latest by meeting day, else by last attempt,
        /// else by path. `nil` with no interview note.
        public var currentNote: String?
        /// The current note's status.
        public var status: Status?
        /// The last day you were in touch in any of their notes: an attempt, a reply, a held
        /// meeting, a thank-you or a follow-up.
        public var lastContact: Day?
        /// The first day you were in touch in any of their notes (the same events).
        public var firstContact: Day?
        /// The note that carries their next follow-up (their latest held meeting).
        public var followUpNote: String?
        /// Their interview notes, by path.
        public var notes: [String] = []
        /// The note each kind of event goes to.
        var choices: [Purpose: Choice] = [:]
    }

    /// What a command wants a person's note for: the note an event belongs to.
    public enum Purpose: Hashable, Sendable, CaseIterable {
        /// A thank-you: the latest held meeting that has none.
        case thankYou
        /// A follow-up: the note that carries the next one.
        case followUp
        /// An attempt, a reply, a meeting set, declined or dropped: the open pipeline note.
        case pipeline
        /// A meeting that took place: the open note with a meeting date, else the pipeline note.
        case meetingHeld
        /// News for the introducer: the latest held meeting with an introducer.
        case updateIntroducer
        /// Anything else: the current note.
        case current
    }

    /// The note for a purpose: one, several that fit equally, or none.
    public enum Choice: Sendable, Equatable {
        case note(String)
        case ambiguous([String])
    }

    /// Every obligation, notes in path order, then the referrals (unsorted: `FollowUps` sorts).
    public var all: [Obligation] { obligations { _ in true } }

    /// Where an obligation stands in the ledger: the index of the note that carries it (in
    /// `Notebook.notes`; `nil` for the referrals without a note) and its place among that note's.
    public struct Place: Sendable, Hashable {
        public var note: Int?
        var at: Int

        /// The indices of `places` in the order the ledger holds them: note by note (the
        /// referrals, which have no note, last), each note's in the order `places` gives them.
        /// Counted out, not sorted: linear in the number of places and of notes (`notes`).
        static func inNoteOrder(_ places: [Place], notes: Int) -> [Int] {
            var starts = [Int](repeating: 0, count: notes + 2)
            for place in places { starts[(place.note ?? notes) + 1] += 1 }
            for b in 1..<starts.count { starts[b] += starts[b - 1] }
            var order = [Int](repeating: 0, count: places.count)
            for (i, place) in places.enumerated() {
                let bucket = place.note ?? notes
                order[starts[bucket]] = i
                starts[bucket] += 1
            }
            return order
        }
    }

    /// What a walk over the ledger reads of each obligation: its kind, due day and line, and
    /// where it stands.
    public struct Head: Sendable {
        public var kind: Obligation.Kind
        public var due: Day?
        public var line: Int
        public var place: Place
    }

    /// Calls `body` with the head of every obligation, in `all`'s order. Only the heads are read,
    /// where they stand: a copy of an obligation costs a reference count for each of its strings,
    /// and on a large notebook those strings are scattered over the memory.
    public func forEachHead(_ body: (Head) -> Void) {
        for n in perNote.indices {
            perNote[n].withUnsafeBufferPointer { items in
                for k in items.indices { body(Head(kind: items[k].kind, due: items[k].due, line: items[k].line, place: Place(note: n, at: k))) }
            }
        }
        referrals.withUnsafeBufferPointer { items in
            for k in items.indices { body(Head(kind: items[k].kind, due: items[k].due, line: items[k].line, place: Place(note: nil, at: k))) }
        }
    }

    /// The places of the obligations whose head `keep` accepts, in `all`'s order.
    public func places(where keep: (Head) -> Bool) -> [Place] {
        var out: [Place] = []
        forEachHead { head in if keep(head) { out.append(head.place) } }
        return out
    }

    /// The obligation at `place`.
    public subscript(place: Place) -> Obligation {
        place.note.map { perNote[$0][place.at] } ?? referrals[place.at]
    }

    /// Reads the obligation at `place` where it stands: `read` takes the fields it needs (each
    /// one a reference count at most), not the whole obligation.
    public func reading<Result>(_ place: Place, _ read: (UnsafePointer<Obligation>) -> Result) -> Result {
        if let n = place.note {
            return perNote[n].withUnsafeBufferPointer { read($0.baseAddress! + place.at) }
        }
        return referrals.withUnsafeBufferPointer { read($0.baseAddress! + place.at) }
    }

    /// The obligations at `places`, in their order, copied on every core (at 100,000 notes the
    /// list's items lie cold all over memory).
    public func obligations(at places: [Place]) -> [Obligation] {
        concurrentArray(places.count) { self[places[$0]] }
    }

    /// The obligations whose head `keep` accepts, in `all`'s order; only the kept ones are copied.
    public func obligations(where keep: (Head) -> Bool) -> [Obligation] {
        obligations(at: places(where: keep))
    }

    /// The obligations the note at `index` (in `Notebook.notes`) carries.
    public func obligations(ofNoteAt index: Int) -> [Obligation] { perNote[index] }

    /// The first obligation of a kind that the note at `index` carries.
    public func obligation(_ kind: Obligation.Kind, ofNoteAt index: Int) -> Obligation? {
        head(kind, ofNoteAt: index).map { self[$0.place] }
    }

    /// The head of the first obligation of a kind that the note at `index` carries, read where
    /// it stands.
    public func head(_ kind: Obligation.Kind, ofNoteAt index: Int) -> Head? {
        perNote[index].withUnsafeBufferPointer { items in
            for k in items.indices where items[k].kind == kind {
                return Head(kind: kind, due: items[k].due, line: items[k].line, place: Place(note: index, at: k))
            }
            return nil
        }
    }

    /// Where the person with this id stands.
    public func standing(ofPersonWithID id: String) -> Standing? { standings[id] }

    /// The note a purpose picks among a person's interview notes.
    public func choice(_ purpose: Purpose, forPersonWithID id: String) -> Choice? {
        standings[id]?.choices[purpose]
    }
}

// MARK: - Building

extension Ledger {
    /// The ledger of a notebook, judged on its `today`.
    init(notebook: Notebook) {
        let practice = Practice(config: notebook.config, today: notebook.today)
        self.practice = practice
        let notes = notebook.notes

        // Who each interview note is with (on every core: a name looked up per note), and each
        // person's notes (path order).
        let personOfNote = concurrentArray(notes.count) { n -> String? in
            notes[n].interview?.contact.flatMap { notebook.personID(named: $0.value) }
        }
        var notesOfPerson: [String: [Int]] = [:]
        for n in notes.indices {
            if let id = personOfNote[n] { notesOfPerson[id, default: []].append(n) }
        }

        var standings: [String: Standing] = [:]
        var facts: [String: PersonFacts] = [:]
        let firstNames = FirstNames(of: notebook)
        let told = Ledger.toldDays(in: notebook, firstNames: firstNames)
        // Each person's standing on every core: at 100,000 notes this reads every interview.
        let everyone = Array(notesOfPerson)
        let stood = concurrentMap(everyone.count) { k in
            Ledger.stand(everyone[k].value, told: told[everyone[k].key], in: notebook, practice: practice)
        }
        for k in everyone.indices {
            standings[everyone[k].key] = stood[k].0
            facts[everyone[k].key] = stood[k].1
        }
        // Introducers known only by a card (or by name) were in touch when you told them.
        for (id, day) in told where standings[id] == nil {
            (standings[id], facts[id]) = Ledger.stand([], told: day, in: notebook, practice: practice)
        }
        self.standings = standings
        self.facts = facts

        let context = Making(notebook: notebook, practice: practice, standings: standings, facts: facts, firstNames: firstNames)
        perNote = concurrentArray(notes.count) { n in context.obligations(of: notes[n], at: n, personID: personOfNote[n]) }
        referrals = context.referralObligations()
    }

    /// What the obligations of one person's notes need to know about the person.
    struct PersonFacts: Sendable {
        /// The last day anything is recorded with them in any interview note (practice ones too),
        /// for telling whether an introducer has heard from you since a meeting.
        var lastRecorded: Day?
        /// The last day you were in touch in their real (not practice) notes, attempts included:
        /// the cadence restarts from it.
        var lastTouch: Day?
        /// Whether a real note of theirs is still in the pipeline (prospect, contacted, scheduled):
        /// while it is, the pipeline's items stand in for the keep-in-touch follow-up.
        var inPipeline = false
        /// The index of the note that carries the follow-up.
        var carrier: Int?
    }

    /// Per person id, the last day you told them how a conversation they made possible went: a
    /// done task naming them in a note they introduced (`- [x] Tell María how it went ✅ …`).
    /// Telling them is being in touch with them. With `only`, for those people alone.
    static func toldDays(in notebook: Notebook, only: Set<String>? = nil, firstNames: FirstNames = FirstNames()) -> [String: Day] {
        let notes = notebook.notes
        // The latest day told in each note, on every core; then the latest per person.
        let perNote = concurrentMap(notes.count) { n -> (id: String, day: Day)? in
            guard let by = notes[n].interview?.details.introducedBy?.value, let id = notebook.personID(named: by),
                only.map({ $0.contains(id) }) ?? true
            else { return nil }
            let first = firstNames.of(by, in: notebook)
            var latest: Day?
            for task in notes[n].body.tasks where task.isDone && TaskMeaning.names(task, first) {
                if let day = task.done, day > (latest ?? day.adding(days: -1)) { latest = day }
            }
            return latest.map { (id, $0) }
        }
        var out: [String: Day] = [:]
        for (id, day) in perNote where day > (out[id] ?? day.adding(days: -1)) { out[id] = day }
        return out
    }

    /// A person's standing and facts, from their interview notes (indices in path order) and the
    /// last day you told them how a conversation they made possible went.
    static func stand(_ indices: [Int], told: Day? = nil, in notebook: Notebook, practice: Practice) -> (Standing, PersonFacts) {
        let notes = notebook.notes
        let today = practice.today
        var standing = Standing()
        var facts = PersonFacts()
        var current: (key: Day?, index: Int)?
        var carrier: (day: Day, index: Int)?
        var read: [NoteFacts] = []
        read.reserveCapacity(indices.count)
        func later(_ a: Day?, _ b: Day?) -> Day? { [a, b].compactMap { $0 }.max() }
        for n in indices {
            guard let i = notes[n].interview else { continue }
            standing.notes.append(notes[n].path)
            let fact = NoteFacts(
                index: n, meetingDay: i.meetingDay, held: i.isHeld(on: today), open: i.status(on: today).isOpen,
                thanked: !i.thankYous.isEmpty, hasMeeting: i.meeting != nil, introduced: i.details.introducedBy != nil)
            read.append(fact)
            let lastAttempt = i.attempts.lazy.map(\.day).max()
            let interaction = i.lastInteraction(on: today)
            let touched = i.lastContact(on: today)
            standing.lastContact = later(standing.lastContact, touched)
            if let first = i.firstContact(on: today), standing.firstContact.map({ first < $0 }) ?? true { standing.firstContact = first }
            facts.lastRecorded = later(facts.lastRecorded, touched)
            // The current note: by meeting day, else last attempt; a later path wins a tie.
            let key = i.meetingDay ?? lastAttempt
            if let best = current {
                switch (key, best.key) {
                case (let k?, let b?) where k >= b: current = (key, n)
                case (.some, nil): current = (key, n)
                case (nil, nil): current = (key, n)
                default: break
                }
            } else {
                current = (key, n)
            }
            guard !i.isPractice else { continue }
            facts.lastTouch = later(facts.lastTouch, touched)
            if fact.open { facts.inPipeline = true }
            if fact.held, let day = interaction ?? i.meetingDay, carrier.map({ day >= $0.day }) ?? true {
                carrier = (day, n)
            }
        }
        if let current {
            standing.currentNote = notes[current.index].path
            standing.status = notes[current.index].interview?.status(on: today)
        }
        if let told {
            standing.lastContact = later(standing.lastContact, told)
            facts.lastRecorded = later(facts.lastRecorded, told)
            facts.lastTouch = later(facts.lastTouch, told)
        }
        facts.carrier = carrier?.index
        standing.followUpNote = carrier.map { notes[$0.index].path }
        standing.choices = choices(read, current: current?.index, carrier: carrier?.index, in: notebook)
        return (standing, facts)
    }

    /// What the choice of a note for each purpose reads of one interview note, taken while
    /// `stand` reads the note (reading the interview again for every purpose copied it each time).
    struct NoteFacts {
        var index: Int
        var meetingDay: Day?
        var held: Bool
        var open: Bool
        var thanked: Bool
        var hasMeeting: Bool
        var introduced: Bool
    }

    /// The note each purpose picks among a person's interview notes.
    static func choices(_ read: [NoteFacts], current: Int?, carrier: Int?, in notebook: Notebook) -> [Purpose: Choice] {
        let notes = notebook.notes
        guard let current else { return [:] }
        let fallback = Choice.note(notes[current].path)
        if read.count == 1 { return Dictionary(uniqueKeysWithValues: Purpose.allCases.map { ($0, fallback) }) }
        /// The latest by meeting day of `candidates`; several on that day fit equally.
        func latest(_ candidates: [NoteFacts]) -> Choice? {
            guard let best = candidates.compactMap(\.meetingDay).max() else {
                return candidates.isEmpty
                    ? nil : candidates.count == 1 ? .note(notes[candidates[0].index].path) : .ambiguous(candidates.map { notes[$0.index].path })
            }
            let top = candidates.filter { $0.meetingDay == best }
            return top.count == 1 ? .note(notes[top[0].index].path) : .ambiguous(top.map { notes[$0.index].path })
        }
        func only(_ candidates: [NoteFacts]) -> Choice? {
            switch candidates.count {
            case 0: return nil
            case 1: return .note(notes[candidates[0].index].path)
            default: return .ambiguous(candidates.map { notes[$0.index].path })
            }
        }
        let held = read.filter(\.held)
        let open = read.filter(\.open)
        var out: [Purpose: Choice] = [.current: fallback]
        out[.thankYou] = latest(held.filter { !$0.thanked }) ?? fallback
        out[.followUp] = carrier.map { .note(notes[$0].path) } ?? latest(held) ?? fallback
        out[.pipeline] = only(open) ?? fallback
        out[.meetingHeld] = only(open.filter(\.hasMeeting)) ?? out[.pipeline]
        out[.updateIntroducer] = latest(held.filter(\.introduced)) ?? fallback
        return out
    }
}
